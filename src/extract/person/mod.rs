//! People, their titles, chairpersons and who presided.
//!
//! # Rules
//!
//! A person is found in one of four shapes:
//! - title, then name: "Chủ tịch UBND tỉnh Lý Thái Hải", "Phó Thủ tướng
//!   Trương Hòa Bình", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải" (a province
//!   between the body and the name belongs to the title, as does a body name
//!   holding a comma: "Giám đốc Sở Văn hoá, Thể thao và Du lịch Bùi Thế Nhân");
//! - honorific ("đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cử tri"), then
//!   name, then titles separated by ",", a dash or "kiêm", or in brackets:
//!   "đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh", "ông
//!   Bùi Quang Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh", "ông Lê Ngọc
//!   Châu, tân Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh",
//!   "ông Lê Văn Nam (Chủ tịch UBND huyện Hòa Vang)"; after a separator a
//!   chair head may be lowercase ("ông X, chủ tịch UBND xã Tân Lập");
//! - title, dash, honorific, name: "Chủ tịch Hội đồng … - ông Bùi Quang Cẩm";
//!   or title, comma, honorific, a full name and a predicate: "Chủ tịch UBND
//!   tỉnh, ông Nguyễn Văn A cho biết" (a name with titles of its own after
//!   the comma is another person: "Phó Chủ tịch UBND tỉnh, ông A, Giám đốc Sở");
//! - a bare name (first syllable a family name) followed by titles:
//!   "Trần Hoàng Danh, Bí thư Quận ủy".
//!
//! An appointment after the name and its titles gives the office too: "làm",
//! "giữ chức (vụ)", "trúng cử chức vụ", "được bầu (làm/giữ chức)", "bổ nhiệm
//! (giữ chức)": "bà X, Phó Bí thư Tỉnh ủy, làm Chủ tịch HĐND tỉnh"; not to a
//! nominee ("giới thiệu", "đề cử", "đề nghị", "đề xuất", "ứng cử" just before
//! the mention). A full stop inside an abbreviation ends no sentence: "Ủy
//! viên T.Ư Đảng", "Chủ tịch UBND TP.Hà Nội", "TP. Hà Nội".
//!
//! A name alone, with neither honorific nor title, is not reported: photo
//! credits, street names and places look the same. Names themselves are read
//! in `names.rs`, titles in `titles.rs`.
//!
//! Repeated mentions of one name merge into one person; a short reference
//! ("ông Thơ") counts for the one full name it ends. A chair title ("Chủ tịch"
//! of any body, never "Phó Chủ tịch") makes a chairperson, whether current,
//! acting ("Quyền Chủ tịch") or former ("nguyên"/"cựu Chủ tịch", kept in the
//! title); an unnamed "làm/giữ chức/bầu Chủ tịch" names the office, not a
//! holder. An unnamed chair ("Chủ tịch UBND tỉnh đã trao Bằng khen") counts as
//! a mention of the named current or acting chair of the same body (not of a
//! lower level: "Chủ tịch UBND huyện", "các huyện"; not a former chair), and
//! is never turned into a person; "Chủ tịch Hồ Chí Minh", the late President,
//! is no chair of the city. The linking is one sweep (`link.rs`); people are
//! found by name and short references by name ending through maps, and a
//! person's titles are merged through an index of their keys (`held.rs`), so
//! the time stays linear in the number of mentions.
//!
//! A mention presided when "chủ trì"/"chủ tọa" follows it ("… Chủ tịch UBND
//! tỉnh đã chủ trì Hội nghị", "dự và chủ trì", "đồng chủ trì", after a place
//! in brackets or a title closed by a dash: "… (tỉnh Quảng Ninh) chủ trì", "…
//! các KCN Hà Nội - đồng chủ trì"), when "sự chủ trì của" precedes it, or when
//! the sentence opens with "chủ trì …" and names it after a comma, a colon,
//! "có" or "là". Co-chairs share the verb: mentions joined by "và"/"cùng"
//! (for "đồng/cùng chủ trì" also by a comma or a semicolon) to one that
//! presided presided too ("A, … và B, … đồng chủ trì", "A - …; B - … - đồng
//! chủ trì", "dưới sự chủ trì của A và B"). `presiding` is the first such
//! mention's person, so the first named co-chair (null when that mention
//! names nobody the text names, and in a digest of several items whose lines
//! end with page references, "… (trang 2)": no one main event).
//!
//! Authors (`role` "author"): "Tác giả: NAME, affiliation" (also "Tin, ảnh:",
//! "Bài và ảnh:" …; never "Ảnh:"), and names closing the last paragraph or
//! alone on the line after it ("… cao hơn. Dương Chiến", "Lê Hồng", "Chu
//! Thanh Vân (TTXVN)"), family name first. Footer lines ("Chịu trách nhiệm
//! quản lý nội dung: …", "Tổng biên tập: …") are page chrome and never read.
//!
//! Offsets: `text`/`start`/`end` are those of the first mention's name alone
//! (byte offsets). Titles are kept as written; two titles that differ only by
//! case or abbreviation ("UBND" = "Ủy ban nhân dân", "CCHC" = "cải cách hành
//! chính") are one, and a title that only adds a place to another replaces it.
//! `Chairperson::bodies` lists what each chair title chairs (or chaired), as
//! written.

mod held;
mod link;
mod names;
mod signature;
mod titles;
mod tokens;

use serde::Serialize;
use std::collections::HashMap;

use held::{Held, KeyMemo, add_titles};
use names::{Before, honorific_len, is_surname, is_weak_honorific, read_name, syllable_run};
use std::sync::LazyLock;
use titles::{
    body_key, chaired_body, continuation_end, head_len, held_body, is_chair, key, read_title,
};

use aho_corasick::AhoCorasick;

use tokens::{
    Token, Tokens, eq_lower, is_acronym, is_alnum, is_capitalized, is_lower, is_upper, line_tokens,
    tokenize_into,
};

/// A named person with every title the text gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub name: String,
    pub titles: Vec<String>,
    /// "author" for a byline, else null.
    pub role: Option<String>,
    pub mentions: usize,
    /// The first mention.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A person with a chair title (Chủ tịch of any body).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chairperson {
    pub name: String,
    pub titles: Vec<String>,
    /// The bodies chaired, as written: "UBND tỉnh", "Hội đồng Đánh giá, …".
    pub bodies: Vec<String>,
    /// True when the text says the person chaired (chủ trì, chủ tọa) the event.
    pub presided: bool,
    pub mentions: usize,
    /// The first mention.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// The people of one report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct People {
    pub people: Vec<Person>,
    pub chairpersons: Vec<Chairperson>,
    pub presiding: Option<String>,
    /// Byte offset of the mention that made `presiding` (for `--explain`).
    #[serde(skip)]
    pub presiding_at: Option<usize>,
}

/// One named mention.
#[derive(Debug, Clone)]
struct Mention {
    name: String,
    titles: Vec<String>,
    start: usize,
    end: usize,
    /// Byte offsets of the whole mention: from its honorific or first title
    /// to the end of its last title.
    begin: usize,
    after: usize,
    /// A single syllable or a partial name after an honorific ("ông Thơ"):
    /// it only counts for a full name found elsewhere.
    short: bool,
    /// How the text says this person chaired, if it does.
    chaired: Option<Chaired>,
}

/// Where the verb "chủ trì" stands to the mention it makes chair, and
/// whether it is joint ("đồng chủ trì", "cùng chủ trì"): what decides who
/// else a list shares it with (see [`share_chairing`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Chaired {
    /// The verb comes first: "dưới sự chủ trì của X".
    verb_first: bool,
    joint: bool,
}

/// A chair title with no name ("Chủ tịch UBND tỉnh yêu cầu …").
#[derive(Debug, Clone)]
struct UnnamedChair {
    body_key: String,
    at: usize,
    presided: bool,
}

/// People, chairpersons and who presided, from `text`.
pub fn find_people(text: &str) -> People {
    let (mut mentions, unnamed) = scan_text(text);
    share_chairing(text, &mut mentions);
    for signer in signature::signers(text) {
        mentions.push(Mention {
            name: text[signer.start..signer.end].to_owned(),
            titles: vec![signer.title],
            start: signer.start,
            end: signer.end,
            begin: signer.start,
            after: signer.end,
            short: false,
            chaired: None,
        });
    }
    assemble(text, mentions, unnamed)
}

/// Lines that are portal furniture, never the report's people.
const CHROME_PREFIXES: &[&str] = &[
    "Chịu trách nhiệm",
    "Bản quyền",
    "Tổng biên tập",
    "Phó Tổng biên tập",
    "Phó tổng biên tập",
    "Trưởng ban biên tập",
    "Trưởng Ban biên tập",
    "Trưởng Ban Biên tập",
    "Giấy phép",
    "Địa chỉ",
    "Điện thoại",
    "Ghi rõ nguồn",
    "Cơ quan chủ quản",
];

/// True when the line starting at `text[line_start..]` is chrome.
fn is_chrome_line(text: &str, line_start: usize) -> bool {
    let line = text[line_start..].trim_start_matches(|c: char| c != '\n' && c.is_whitespace());
    CHROME_PREFIXES.iter().any(|p| line.starts_with(p))
}

/// Words of which every mention holds at least one: the honorifics' words
/// (any case, marked: a capital must follow) and one word of each title head. A head's word counts only
/// where the head can be: right after one of the listed words ("tịch" after
/// "chủ"), or, when marked, capitalized (a head's first word must be:
/// "Trưởng ban", not "tăng trưởng"). A sentence without any of them yields
/// nothing, so only sentences with one are tokenized.
const CUES: &[(&str, &[&str], bool, bool)] = &[
    ("chí", &["đồng"], false, true),
    ("tri", &["cử"], false, true),
    ("đ/c", &[], false, true),
    ("ông", &[], false, true),
    ("bà", &[], false, true),
    ("anh", &[], false, true),
    ("chị", &[], false, true),
    ("cô", &[], false, true),
    ("thầy", &[], false, true),
    ("thư", &["bí"], false, false),
    ("tịch", &["chủ"], false, false),
    ("đốc", &["giám"], false, false),
    (
        "trưởng",
        &[
            "xóm", "đội", "tổ", "bộ", "thứ", "viện", "cục", "vụ", "hiệu", "huy",
        ],
        true,
        false,
    ),
    (
        "tướng",
        &["thủ", "đại", "thượng", "trung", "thiếu"],
        false,
        false,
    ),
    ("nhiệm", &["chủ"], false, false),
    ("chánh", &[], true, false),
    ("viên", &["ủy", "uỷ"], false, false),
    ("biểu", &["đại"], false, false),
    ("lệnh", &["tư"], false, false),
    ("biên", &["tổng"], false, false),
    ("tá", &["đại", "thượng", "trung", "thiếu"], false, false),
    ("sĩ", &["thạc", "tiến"], false, false),
    ("phó", &[], true, false),
];

/// True when the cue `CUES[index]` at `text[at..]` is where a mention can be.
fn cue_holds(text: &str, at: usize, end: usize, index: usize) -> bool {
    let (_, before, capital, name_after) = CUES[index];
    let placed = (before.is_empty() && !capital)
        || (capital && text[at..].chars().next().is_some_and(is_upper))
        || (!before.is_empty() && word_before_is(text, at, before));
    if !placed || !name_after {
        return placed;
    }
    // An honorific reads a name or a title next: a capital after spaces and
    // maybe a colon ("ông Nguyễn", "đồng chí: Chủ tịch").
    let is_space = |c: char| c != '\n' && c.is_whitespace();
    let rest = text[end..].trim_start_matches(is_space);
    let rest = rest
        .strip_prefix(':')
        .map_or(rest, |r| r.trim_start_matches(is_space));
    rest.chars().next().is_some_and(is_upper)
}

/// The cue words in every case: ASCII letters by the automaton's own
/// case folding, the others (ư, ở, Đ …) as variants. With each pattern,
/// its index in [`CUES`].
static CUE_FINDER: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut cue_of = Vec::new();
    for (index, (cue, ..)) in CUES.iter().enumerate() {
        let mut variants = vec![String::new()];
        for c in cue.chars() {
            let mut forms = vec![c];
            if !c.is_ascii() {
                forms.extend(c.to_uppercase().filter(|&u| u != c));
            }
            variants = variants
                .iter()
                .flat_map(|v| forms.iter().map(move |&f| format!("{v}{f}")))
                .collect();
        }
        cue_of.extend(variants.iter().map(|_| index));
        patterns.extend(variants);
    }
    let finder = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("cue words build");
    (finder, cue_of)
});

/// Where a whole-word cue may be: a cue word (the same case variants as
/// [`CUE_FINDER`]) after the text start or a character that is not an
/// ASCII letter or digit, and before the end or a character that is not one
/// of the letters [`is_alnum`] answers without a table. A superset of the
/// cue matches `scan_text` acts on; its search runs a lazy DFA over the text
/// in one pass, where the cue automaton stopped at every "ông" in "không".
/// Only a candidate's end is searched for (no reverse pass for its start):
/// its start is at most [`MAX_CANDIDATE_LEN`] bytes before.
static CUE_CANDIDATES: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    const NOT_LETTER: &str =
        r"[^0-9A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{1E00}-\x{1EFF}]";
    let mut words = Vec::new();
    for (cue, ..) in CUES {
        let mut word = String::new();
        for c in cue.chars() {
            let mut forms: Vec<char> = vec![c];
            if c.is_ascii_alphabetic() {
                forms.push(c.to_ascii_uppercase());
            } else if !c.is_ascii() {
                forms.extend(c.to_uppercase().filter(|&u| u != c));
            }
            let forms: Vec<String> = forms
                .iter()
                .map(|f| regex::escape(&f.to_string()))
                .collect();
            word.push_str(&format!("(?:{})", forms.join("|")));
        }
        words.push(word);
    }
    let pattern = format!(
        r"(?:^|(?-u:[^0-9A-Za-z]))(?:{})(?:{NOT_LETTER}|$)",
        words.join("|")
    );
    regex::bytes::Regex::new(&pattern).expect("cue candidates build")
});

/// The longest [`CUE_CANDIDATES`] match in bytes: a boundary byte, the
/// longest cue in any case ("trưởng", 9 bytes), a 4-byte character.
const MAX_CANDIDATE_LEN: usize = 1 + 9 + 4;

/// Where the cue search resumes for the candidate ending at `candidate_end`:
/// not before `pos`, and two bytes before the earliest start the candidate
/// can have. A match the search skips there ends before the candidate or is
/// no whole word and hides nothing; the two bytes take in the "đ" before a
/// '/' that opens a candidate, so "đ/chí" still shows "đ/c" first, whose end
/// hides the "chí" after it, as it would to a search from `pos`.
fn scan_start(pos: usize, candidate_end: usize) -> usize {
    candidate_end.saturating_sub(MAX_CANDIDATE_LEN + 2).max(pos)
}

/// True when the word before byte `at` (spaces between, no line end) ends
/// with one of `words` in any case.
fn word_before_is(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
    words.iter().any(|w| {
        let n = w.chars().count();
        before
            .char_indices()
            .rev()
            .nth(n - 1)
            .is_some_and(|(k, _)| eq_lower(&before[k..], w))
    })
}

/// The first cue at or after byte `pos` where a mention can be: a whole
/// word after the word its head needs, as its byte span.
fn next_cue(text: &str, mut pos: usize) -> Option<(usize, usize)> {
    let (finder, cue_of) = &*CUE_FINDER;
    // The cue search resumes just before the next candidate: every match it
    // would meet before one is no whole word, and skipping it skips nothing
    // (see `scan_start`).
    while let Some(candidate_end) =
        CUE_CANDIDATES.shortest_match_at(text.as_bytes(), pos.saturating_sub(1))
    {
        let from = scan_start(pos, candidate_end);
        let m = finder.find(aho_corasick::Input::new(text).span(from..text.len()))?;
        pos = m.end();
        if is_mention_cue(text, &m, cue_of) {
            return Some((m.start(), m.end()));
        }
    }
    None
}

/// True when the automaton's match `m` is a whole word where a mention can
/// be (see [`cue_holds`]).
fn is_mention_cue(text: &str, m: &aho_corasick::Match, cue_of: &[usize]) -> bool {
    let (s, e) = (m.start(), m.end());
    !text[..s].chars().next_back().is_some_and(is_alnum)
        && !text[e..].chars().next().is_some_and(is_alnum)
        && cue_holds(text, s, e, cue_of[m.pattern().as_usize()])
}

/// True for the bytes that end a sentence segment: every rule stops at them.
fn is_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b';' | b'\n')
}

/// True when the terminator at byte `i` ends a segment: any but a full stop
/// that may be an abbreviation's, which titles read across: one glued
/// between two capitals ("T.Ư", "TP.Hà Nội"), or after the word "TP" or "TX"
/// before spaces and a capital ("TP. Hà Nội"); [`Tokens::is_abbreviation_dot`]
/// accepts fewer. Keeping a segment whole loses nothing: a stop that is a
/// sentence end still stops every rule as a token.
fn ends_segment(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes[i] != b'.' {
        return true;
    }
    let before = text[..i].chars().next_back().is_some_and(is_upper);
    let after = text[i + 1..].chars().next().is_some_and(is_upper);
    if before && after {
        return false;
    }
    // Two ASCII bytes, so `i - 2` is a character boundary.
    let place_word = i >= 2
        && bytes[i - 2..i].is_ascii()
        && tokens::is_place_abbreviation(&text[i - 2..i])
        && !text[..i - 2].chars().next_back().is_some_and(is_alnum);
    let spaced_capital = text[i + 1..]
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_some_and(is_upper);
    !(place_word && spaced_capital)
}

/// The start of the segment holding byte `at`: its terminator before, or 0.
fn segment_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    while let Some(p) = bytes[..end].iter().rposition(|&b| is_terminator(b)) {
        if ends_segment(text, p) {
            return p;
        }
        end = p;
    }
    0
}

/// The end of the segment holding byte `at`: just past its terminator, or
/// the text end.
fn segment_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = at;
    while let Some(p) = bytes[from..].iter().position(|&b| is_terminator(b)) {
        if ends_segment(text, from + p) {
            return from + p + 1;
        }
        from += p + 1;
    }
    text.len()
}

/// Reads every mention and unnamed chair in text order, tokenizing only the
/// sentence segments that hold a cue word. A segment runs from the
/// terminator before it (kept as its first token, as rules look one token
/// back) to the terminator after it: no rule reads across one of these, so
/// a segment's tokens give the rules what the whole text's tokens would.
fn scan_text(text: &str) -> (Vec<Mention>, Vec<UnnamedChair>) {
    let bytes = text.as_bytes();
    let mut mentions = Vec::new();
    let mut unnamed = Vec::new();
    let mut toks: Vec<Token> = Vec::new();
    let mut line_scanned = 0;
    let mut chrome = is_chrome_line(text, 0);
    // Earliest-ending search from where the last segment ended: no cue is
    // part of another nor holds a space or a terminator, so a match that is
    // no whole word never hides one that is.
    let mut pos: usize = 0;
    while let Some((s, e)) = next_cue(text, pos) {
        let seg_start = segment_start(text, s);
        let seg_end = segment_end(text, e);
        pos = seg_end;
        if let Some(p) = memchr::memrchr(b'\n', &bytes[line_scanned..=seg_start]) {
            chrome = is_chrome_line(text, line_scanned + p + 1);
        }
        line_scanned = seg_start + 1;
        if chrome {
            continue;
        }
        toks.clear();
        tokenize_into(text, seg_start, seg_end, &mut toks);
        scan(&Tokens { text, toks: &toks }, &mut mentions, &mut unnamed);
    }
    (mentions, unnamed)
}

/// Reads every mention and unnamed chair of one segment in token order.
fn scan(t: &Tokens, mentions: &mut Vec<Mention>, unnamed: &mut Vec<UnnamedChair>) {
    let mut i = 0;
    while i < t.len() {
        if t.word(i).is_none() {
            i += 1;
            continue;
        }
        // "Bà Rịa - Vũng Tàu" opens with an honorific's word but is a place.
        let mut honorific = honorific_len(t, i);
        if honorific > 0 && names::place_at(t, i, t.len()) > 0 {
            honorific = 0;
        }
        if honorific > 0 {
            let mut k = i + honorific;
            if t.punct(k) == Some(':') {
                k += 1;
            }
            if head_len(t, k) > 0 {
                i = after_titles_first(t, i, k, mentions, unnamed);
                continue;
            }
            if let Some((s, e)) = read_name(t, k, Before::Honorific) {
                let full = is_surname(t.word(s).unwrap_or("")) && e - s >= 2;
                if is_weak_honorific(t, i) && !full {
                    i = k.max(syllable_run(t, k));
                    continue;
                }
                let (titles, after) = trailing_titles(t, i, e);
                mentions.push(mention(t, s, e, titles, !full, i, after));
                i = after;
                continue;
            }
            i = k;
            continue;
        }
        if head_len(t, i) > 0 {
            i = after_titles_first(t, i, i, mentions, unnamed);
            continue;
        }
        let run = syllable_run(t, i);
        if run > i {
            if let Some((s, e)) = read_name(t, i, Before::Bare) {
                let (titles, after) = trailing_titles(t, i, e);
                if !titles.is_empty() {
                    mentions.push(mention(t, s, e, titles, false, i, after));
                    i = after;
                    continue;
                }
            }
            i = run;
            continue;
        }
        i += 1;
    }
}

/// Handles a chain of titles starting at token `k` (`i` is where the mention
/// began, before any honorific): a name after it, a dash and an honorific and
/// a name, or no name (an unnamed chair). Returns where to go on.
fn after_titles_first(
    t: &Tokens,
    i: usize,
    k: usize,
    mentions: &mut Vec<Mention>,
    unnamed: &mut Vec<UnnamedChair>,
) -> usize {
    let chain = read_titles(t, k);
    let Some(&(_, chain_end)) = chain.last() else {
        return k + 1;
    };
    let mut titles: Vec<String> = chain
        .iter()
        .map(|&(s, e)| t.slice(s, e).to_owned())
        .collect();
    let mut name = read_name(t, chain_end, Before::Title).filter(|&(s, _)| s == chain_end);
    // "Thay mặt Chủ tịch UBND tỉnh, ông X trao …", "Thừa lệnh", "Thừa ủy
    // quyền": the one named after the comma acts for the chair.
    let on_behalf = k > 0 && ["mặt", "lệnh", "quyền"].iter().any(|w| t.is(k - 1, w));
    if name.is_none() && !on_behalf && t.punct(chain_end) == Some(',') {
        // "Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết": a comma before
        // a full name that a predicate follows.
        name = read_name(t, chain_end + 1, Before::Title)
            .filter(|&(s, e)| s == chain_end + 1 && t.word(e).is_some_and(|w| !is_capitalized(w)));
    }
    if name.is_none() && matches!(t.punct(chain_end), Some('-' | ',')) {
        // "Chủ tịch Hội đồng … - ông Bùi Quang Cẩm"; "Chủ tịch UBND tỉnh, ông
        // Nguyễn Văn A cho biết" (after a comma, only a name that a predicate
        // follows: in "Phó Chủ tịch UBND tỉnh, ông A, Giám đốc Sở" the comma
        // lists two people).
        let h = honorific_len(t, chain_end + 1);
        let comma = t.punct(chain_end) == Some(',');
        if h > 0 && !(comma && on_behalf) {
            name = read_name(t, chain_end + 1 + h, Before::Honorific).filter(|&(s, e)| {
                e - s >= 2
                    && is_surname(t.word(s).unwrap_or(""))
                    && (!comma || t.word(e).is_some_and(|w| !is_capitalized(w)))
            });
        }
    }
    match name {
        Some((s, e)) => {
            if is_plural(t, i) {
                // "4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung":
                // only the last title is the named person's.
                titles.drain(..titles.len() - 1);
            }
            drop_deputy_conflicts(&mut titles);
            let (more, after) = trailing_titles(t, i, e);
            let mut all = titles;
            all.extend(more);
            mentions.push(mention(t, s, e, all, false, i, after));
            after
        }
        // "giữ chức Chủ tịch UBND tỉnh", "bầu Chủ tịch": the office, not a
        // person; "Chủ tịch UBND các huyện": many people.
        None if (k > 0 && OFFICE_WORDS.iter().any(|w| t.is(k - 1, w)))
            || t.is(chain_end, "các") =>
        {
            chain_end
        }
        None => {
            let presided = presided_after(t, chain_end).is_some();
            // A former chair ("nguyên Chủ tịch UBND tỉnh") is no reference to
            // the one in office, nor is "Chủ tịch Hồ Chí Minh", the late
            // President, to a chair of the city.
            let held = titles
                .iter()
                .filter(|title| !is_president_ho(title))
                .filter_map(|title| held_body(title));
            for body in held {
                unnamed.push(UnnamedChair {
                    body_key: body_key(body),
                    at: t.toks[k].start,
                    presided,
                });
            }
            chain_end
        }
    }
}

/// True for "Chủ tịch Hồ Chí Minh": the late President, who chairs no body
/// of the report (a chair of the city names it: "Chủ tịch UBND TP Hồ Chí
/// Minh", "Chủ tịch TP Hồ Chí Minh").
fn is_president_ho(title: &str) -> bool {
    chaired_body(title) == Some("Hồ Chí Minh")
}

/// Words before a title that make it name the office rather than its holder.
const OFFICE_WORDS: &[&str] = &["chức", "vụ", "danh", "làm", "bầu", "giữ", "cử", "nhiệm"];

/// True when the mention at `i` opens with a plural ("các đồng chí", "4 đồng chí").
fn is_plural(t: &Tokens, i: usize) -> bool {
    t.is(i, "các")
        || (i > 0
            && t.word(i - 1)
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || eq_lower(w, "các")))
}

/// Removes "Phó X" when the same chain also holds "X": one person is not both
/// the deputy and the head of one body, so the two titles are two people's.
fn drop_deputy_conflicts(titles: &mut Vec<String>) {
    let keys: Vec<String> = titles.iter().map(|title| key(title)).collect();
    let mut k = 0;
    titles.retain(|_| {
        let own = &keys[k];
        k += 1;
        !own.strip_prefix("phó ")
            .is_some_and(|head| keys.iter().any(|other| other == head))
    });
}

/// Titles from `k` joined by "," or a dash, each with its comma continuation.
/// Token ranges.
fn read_titles(t: &Tokens, k: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = k;
    while let Some(title) = read_title(t, k) {
        let mut end = title.end;
        if t.punct(end) == Some(',')
            && let Some(c) = continuation_end(t, end + 1)
        {
            end = c;
        }
        if t.punct(end) == Some(',')
            && let Some(c) = named_continuation(t, end + 1)
        {
            end = c;
        }
        out.push((k, end));
        // "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh": one person's two offices.
        let joined = matches!(t.punct(end), Some(',' | '-')) || t.is(end, "kiêm");
        match title_at(t, end + 1) {
            Some(next) if joined => k = next,
            _ => break,
        }
    }
    out
}

/// Where a title starts at `k`, after a name or a title and a separator: at
/// `k`, also a chair head in lowercase ("ông Trần Văn Bình, chủ tịch UBND xã
/// Tân Lập"), or after "tân" ("new"): "ông Lê Ngọc Châu, tân Chủ tịch UBND
/// tỉnh Hải Dương".
fn title_at(t: &Tokens, k: usize) -> Option<usize> {
    if head_len(t, k) > 0 || titles::lowercase_chair_len(t, k) > 0 {
        Some(k)
    } else if t.word(k) == Some("tân") && head_len(t, k + 1) > 0 {
        Some(k + 1)
    } else {
        None
    }
}

/// True when the mention beginning at token `begin` is proposed for an
/// office, not given it: one of "giới thiệu", "đề cử", "đề nghị", "đề
/// xuất", "ứng cử" ends at most one word before it ("đề nghị bầu ông X").
fn is_nominee(t: &Tokens, begin: usize) -> bool {
    const PROPOSALS: &[(&str, &str)] = &[
        ("giới", "thiệu"),
        ("đề", "cử"),
        ("đề", "nghị"),
        ("đề", "xuất"),
        ("ứng", "cử"),
    ];
    (begin.saturating_sub(3)..begin.saturating_sub(1))
        .any(|k| PROPOSALS.iter().any(|(a, b)| t.is(k, a) && t.is(k + 1, b)))
}

/// Where the titles a person is given by an appointment verb start, after
/// the name and titles ending at token `k`: "bà X, Phó Bí thư Tỉnh ủy, làm
/// Chủ tịch HĐND tỉnh", "ông X đã trúng cử chức vụ Chủ tịch UBND tỉnh",
/// "ông X được bầu giữ chức Phó Chủ tịch", "ông X giữ chức Giám đốc Sở".
fn appointment_at(t: &Tokens, k: usize) -> Option<usize> {
    let mut k = k;
    if t.punct(k) == Some(',') {
        k += 1;
    }
    while ["đã", "được", "vừa"].iter().any(|w| t.is(k, w)) {
        k += 1;
    }
    let verb = if t.is(k, "trúng") && t.is(k + 1, "cử") || t.is(k, "bổ") && t.is(k + 1, "nhiệm")
    {
        2
    } else if ["làm", "giữ", "bầu"].iter().any(|w| t.is(k, w)) {
        1
    } else {
        return None;
    };
    k += verb;
    // "bầu làm", "bổ nhiệm giữ", then "chức", "chức vụ", "chức danh", "cương vị".
    if t.is(k, "làm") || t.is(k, "giữ") {
        k += 1;
    }
    if t.is(k, "chức") {
        k += 1 + usize::from(t.is(k + 1, "vụ") || t.is(k + 1, "danh"));
    } else if t.is(k, "cương") && t.is(k + 1, "vị") {
        k += 2;
    }
    (head_len(t, k) > 0).then_some(k)
}

/// The rest of a body name that itself holds a comma, when a personal name
/// closes it: "Giám đốc Sở Văn hoá, Thể thao và Du lịch | Bùi Thế Nhân".
/// Returns where the name starts.
fn named_continuation(t: &Tokens, k: usize) -> Option<usize> {
    let mut j = k;
    while let Some(word) = t.word(j) {
        if let Some((s, _)) = read_name(t, j, Before::Title) {
            // A name right after the comma is the next person, not a body.
            return (j > k).then_some(s);
        }
        let joins = word == "và" || word == "tỉnh";
        // One lowercase syllable may finish a capitalized one ("Thể thao").
        let finishes = j > k
            && t.word(j - 1).is_some_and(is_capitalized)
            && word.chars().next().is_some_and(is_lower);
        if !(joins || finishes || is_capitalized(word))
            || head_len(t, j) > 0
            || honorific_len(t, j) > 0
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Titles after a name ending at token `e` ("Name, Title, Title", "Name -
/// Title - Title", "Name (Title)"), then those an appointment gives
/// ([`appointment_at`]) unless the mention, which begins at `begin`, is a
/// nominee's ("giới thiệu ông X giữ chức …"), and the token after them.
fn trailing_titles(t: &Tokens, begin: usize, e: usize) -> (Vec<String>, usize) {
    let mut titles = Vec::new();
    let mut after = e;
    // "đồng chí Nguyễn Văn A Phó Chủ tịch UBND tỉnh": no separator at all.
    let k = if head_len(t, e) > 0 {
        Some(e)
    } else if matches!(t.punct(e), Some(',' | '-' | '(')) {
        title_at(t, e + 1)
    } else {
        None
    };
    if let Some(k) = k {
        let chain = read_titles(t, k);
        if let Some(&(_, end)) = chain.last() {
            titles.extend(chain.iter().map(|&(s, e)| t.slice(s, e).to_owned()));
            after = end;
            // "ông Nguyễn Văn A (Chủ tịch UBND xã B) cho biết".
            if t.punct(e) == Some('(') && t.punct(end) == Some(')') {
                after = end + 1;
            }
        }
    }
    if let Some(k) = appointment_at(t, after).filter(|_| !is_nominee(t, begin)) {
        let chain = read_titles(t, k);
        if let Some(&(_, end)) = chain.last() {
            titles.extend(chain.iter().map(|&(s, e)| t.slice(s, e).to_owned()));
            after = end;
        }
    }
    (titles, after)
}

fn mention(
    t: &Tokens,
    s: usize,
    e: usize,
    titles: Vec<String>,
    short: bool,
    begin: usize,
    after: usize,
) -> Mention {
    let (start, end) = t.span(s, e);
    let chaired = match presided_after(t, after) {
        Some(joint) => Some(Chaired {
            verb_first: false,
            joint,
        }),
        None => presided_before(t, begin).map(|joint| Chaired {
            verb_first: true,
            joint,
        }),
    };
    Mention {
        name: t.slice(s, e).to_owned(),
        titles,
        start,
        end,
        begin: t.toks[begin].start,
        after: t.toks[after - 1].end,
        short,
        chaired,
    }
}

/// When "chủ trì"/"chủ tọa" follows token `k`: after a comma or a dash, a
/// place in brackets ("Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ
/// trì"), at most three auxiliary words ("đã", "dự và", "đồng", "cùng"), or
/// after a few more words of the title closed by a dash ("ông X - Trưởng ban
/// Quản lý các KCN Hà Nội - đồng chủ trì"). Whether it is joint.
fn presided_after(t: &Tokens, k: usize) -> Option<bool> {
    let mut k = k;
    if let Some(close) = bracket_end(t, k) {
        k = close;
    }
    if matches!(t.punct(k), Some(',' | '-')) {
        k += 1;
    }
    preside_verb_at(t, k).or_else(|| dashed_verb_at(t, k))
}

/// The token after the bracket group opening at `k` ("(tỉnh Quảng Ninh)"):
/// at most twelve tokens, no sentence end inside.
fn bracket_end(t: &Tokens, k: usize) -> Option<usize> {
    if t.punct(k) != Some('(') {
        return None;
    }
    (k + 1..(k + 13).min(t.len())).find_map(|j| match t.punct(j) {
        Some(')') => Some(Some(j + 1)),
        Some('(' | '.' | '\n' | ';' | '!' | '?') => Some(None),
        _ => None,
    })?
}

/// When the verb "chủ trì" is at `k` after at most three auxiliary words:
/// whether it is joint ("đồng chủ trì", "dự và cùng chủ trì").
fn preside_verb_at(t: &Tokens, k: usize) -> Option<bool> {
    const AUXILIARY: &[&str] = &[
        "đã", "vừa", "dự", "và", "cùng", "sẽ", "trực", "tiếp", "đồng",
    ];
    let mut joint = false;
    for k in k..=k + 3 {
        if is_preside_verb(t, k) {
            return Some(joint);
        }
        if !AUXILIARY.iter().any(|a| t.is(k, a)) {
            return None;
        }
        joint = t.is(k, "đồng") || t.is(k, "cùng");
    }
    None
}

/// The verb after the rest of a title closed by a dash, from token `k`: at
/// most eight words, none a title head or an honorific, then "- chủ trì".
fn dashed_verb_at(t: &Tokens, k: usize) -> Option<bool> {
    for j in k..(k + 8).min(t.len()) {
        match t.punct(j) {
            Some('-') if j > k => return preside_verb_at(t, j + 1),
            Some(_) => return None,
            None if head_len(t, j) > 0 || honorific_len(t, j) > 0 => return None,
            None => {}
        }
    }
    None
}

fn is_preside_verb(t: &Tokens, k: usize) -> bool {
    t.is(k, "chủ") && (t.is(k + 1, "trì") || t.is(k + 1, "tọa") || t.is(k + 1, "toạ"))
}

/// When the mention beginning at token `b` is the agent of a "chủ trì"
/// before it: "dưới sự chủ trì của đồng chí X", or a sentence that opens with
/// "chủ trì …" and names X after a comma, a colon, "có" or "là" ("Ngày 6/2,
/// chủ trì buổi giao ban …, Chủ tịch UBND TP X", "Chủ trì hội nghị có đồng
/// chí X"). Whether it is joint ("sự đồng chủ trì của").
fn presided_before(t: &Tokens, b: usize) -> Option<bool> {
    let joint_at = |p: usize| p > 0 && (t.is(p - 1, "đồng") || t.is(p - 1, "cùng"));
    if b >= 3 && t.is(b - 1, "của") && is_preside_verb(t, b - 3) {
        return Some(joint_at(b - 3));
    }
    let introduced = b > 0
        && (matches!(t.punct(b - 1), Some(',' | ':')) || t.is(b - 1, "có") || t.is(b - 1, "là"));
    if !introduced {
        return None;
    }
    // Back to the sentence start, at most 40 tokens.
    let mut k = b;
    let mut seen = None;
    while k > 0 && b - k < 40 {
        k -= 1;
        if let Some('.' | '\n' | '!' | '?' | ';') = t.punct(k)
            && !t.is_abbreviation_dot(k)
        {
            break;
        }
        if is_preside_verb(t, k) {
            seen = Some(k);
        }
    }
    // The verb opens the sentence or a clause ("đồng chủ trì" too).
    let p = seen?;
    let opener = if joint_at(p) { p - 1 } else { p };
    (opener == 0 || matches!(t.punct(opener - 1), Some(',' | '.' | '\n'))).then(|| joint_at(p))
}

/// Co-chairs: a mention joined to one that chaired shares its verb. "A, …
/// và B, … đồng chủ trì Hội nghị" and "A - …; B - …; C - … - đồng chủ trì"
/// make every one of them chair, as "dưới sự chủ trì của A và B" does. The
/// join is all that stands between one mention's last title and the next
/// mention: "và", "cùng" or "cùng với" (a comma may come first), or, when
/// the verb is joint ("đồng chủ trì", "cùng chủ trì"), a comma or a
/// semicolon alone. A plain verb is shared only over "và": in "A, B chủ trì"
/// the comma may close an aside.
fn share_chairing(text: &str, mentions: &mut [Mention]) {
    let joined = |a: &Mention, b: &Mention, joint: bool| {
        if a.after > b.begin {
            return false;
        }
        let gap = text[a.after..b.begin].trim();
        let (punct, rest) = match gap.strip_prefix([',', ';']) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, gap),
        };
        match rest {
            "" => punct && joint,
            "và" | "cùng" | "cùng với" => !gap.starts_with(';') || joint,
            _ => false,
        }
    };
    // The verb after the last of a list: back over the list.
    let mut j = mentions.len();
    while j > 1 {
        j -= 1;
        let Some(chaired) = mentions[j].chaired.filter(|c| !c.verb_first) else {
            continue;
        };
        while j > 0 && joined(&mentions[j - 1], &mentions[j], chaired.joint) {
            mentions[j - 1].chaired = Some(chaired);
            j -= 1;
        }
    }
    // The verb before the first of a list: on over the list.
    let mut i = 0;
    while i + 1 < mentions.len() {
        let Some(chaired) = mentions[i].chaired.filter(|c| c.verb_first) else {
            i += 1;
            continue;
        };
        while i + 1 < mentions.len() && joined(&mentions[i], &mentions[i + 1], chaired.joint) {
            mentions[i + 1].chaired = Some(chaired);
            i += 1;
        }
        i += 1;
    }
}

/// Merges mentions into people, links unnamed chairs, adds authors.
fn assemble(text: &str, mentions: Vec<Mention>, unnamed: Vec<UnnamedChair>) -> People {
    let mut people: Vec<Person> = Vec::new();
    // The keys of each person's titles, indexed.
    let mut keys: Vec<Held> = Vec::new();
    let mut memo = KeyMemo::default();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // (person index, byte offset, presided) for each counted mention.
    let mut hits: Vec<link::Hit> = Vec::new();
    for m in mentions.iter().filter(|m| !m.short) {
        let index = person_index(&mut people, &mut keys, &mut memo, &mut by_name, m);
        hits.push((index, m.start, m.chaired.is_some()));
    }
    let mut endings: Option<Endings> = None;
    for m in mentions.iter().filter(|m| m.short) {
        let endings = endings.get_or_insert_with(|| Endings::new(&people));
        if let Some(index) = endings.resolve(&m.name) {
            add_titles(
                &mut people[index].titles,
                &mut keys[index],
                &mut memo,
                &m.titles,
            );
            people[index].mentions += 1;
            hits.push((index, m.start, m.chaired.is_some()));
        } else if m.name.split(' ').count() >= 2 {
            // A full name without a known family name ("bà Yoonhee Kim").
            let known = people.len();
            let index = person_index(&mut people, &mut keys, &mut memo, &mut by_name, m);
            if index == known {
                endings.add(index, &people[index].name);
            }
            hits.push((index, m.start, m.chaired.is_some()));
        }
    }
    // Unnamed chairs count for the named chair of the same body.
    let mut presiders: Vec<(usize, Option<usize>)> = Vec::new();
    // Linking counts mentions but changes no titles: the keys hold throughout.
    let chaired = if unnamed.is_empty() {
        Vec::new()
    } else {
        chaired_body_keys(&people)
    };
    let links = link::link_unnamed(&chaired, &mut hits, &unnamed);
    for (u, link) in unnamed.iter().zip(links) {
        match link {
            Some(index) => people[index].mentions += 1,
            None if u.presided => presiders.push((u.at, None)),
            None => {}
        }
    }
    presiders.extend(
        hits.iter()
            .filter(|h| h.2)
            .map(|&(index, at, _)| (at, Some(index))),
    );
    presiders.sort_by_key(|p| p.0);
    let (presiding, presiding_at) = presiders
        .first()
        .and_then(|&(at, index)| Some((people[index?].name.clone(), at)))
        .filter(|_| !is_digest(text))
        .unzip();
    let mut presided = vec![false; people.len()];
    for &(index, _, chaired) in &hits {
        presided[index] |= chaired;
    }
    let chairpersons = people
        .iter()
        .zip(&presided)
        .filter(|(p, _)| p.titles.iter().any(|title| is_chair(title)))
        .map(|(p, &presided)| Chairperson {
            name: p.name.clone(),
            titles: p.titles.clone(),
            bodies: p
                .titles
                .iter()
                .filter_map(|title| chaired_body(title).map(str::to_owned))
                .collect(),
            presided,
            mentions: p.mentions,
            text: p.text.clone(),
            start: p.start,
            end: p.end,
        })
        .collect();
    add_authors(text, &mut people, &mut by_name);
    // Text order of first mention, whichever pass found the person.
    people.sort_by_key(|p| p.start);
    let mut chairpersons: Vec<Chairperson> = chairpersons;
    chairpersons.sort_by_key(|c| c.start);
    People {
        people,
        chairpersons,
        presiding,
        presiding_at,
    }
}

/// True when the text is a digest of several items, such as a paper's
/// "what is in today's issue": at least two lines end with a page reference
/// ("… (trang 2)"). A digest reports no one main event, so it names nobody
/// who presided over it, whoever chaired one of its items.
fn is_digest(text: &str) -> bool {
    let bytes = text.as_bytes();
    let page_reference_ends_line = |at: usize| {
        let rest = &bytes[at + "(trang ".len()..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        digits > 0
            && rest[digits..].first() == Some(&b')')
            && rest[digits + 1..]
                .iter()
                .take_while(|&&b| b != b'\n')
                .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'.'))
    };
    memchr::memmem::find_iter(bytes, "(trang ")
        .filter(|&at| page_reference_ends_line(at))
        .nth(1)
        .is_some()
}

/// The index of the person named by `m`, created at its first mention.
/// `keys` indexes the keys of each person's titles; `by_name` holds each
/// person's index.
fn person_index(
    people: &mut Vec<Person>,
    keys: &mut Vec<Held>,
    memo: &mut KeyMemo,
    by_name: &mut HashMap<String, usize>,
    m: &Mention,
) -> usize {
    if let Some(&index) = by_name.get(&m.name) {
        let p = &mut people[index];
        p.mentions += 1;
        add_titles(&mut p.titles, &mut keys[index], memo, &m.titles);
        return index;
    }
    let mut titles = Vec::new();
    let mut title_keys = Held::default();
    add_titles(&mut titles, &mut title_keys, memo, &m.titles);
    keys.push(title_keys);
    by_name.insert(m.name.clone(), people.len());
    people.push(Person {
        name: m.name.clone(),
        titles,
        role: None,
        mentions: 1,
        text: m.name.clone(),
        start: m.start,
        end: m.end,
    });
    people.len() - 1
}

/// True when `short` is `long` cut at a word boundary: the plain statement of
/// the prefix tests of `held.rs` and `link.rs`, for their oracles.
#[cfg(test)]
fn is_word_prefix(short: &str, long: &str) -> bool {
    long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ')
}

/// The people's names and the endings of their names after a space ("Huỳnh
/// Đức Thơ", "Đức Thơ", "Thơ"), each with the first person it ends and how
/// many it ends: a short reference resolves by one lookup.
struct Endings {
    found: HashMap<String, (usize, usize)>,
}

impl Endings {
    fn new(people: &[Person]) -> Self {
        let mut endings = Endings {
            found: HashMap::new(),
        };
        for (index, p) in people.iter().enumerate() {
            endings.add(index, &p.name);
        }
        endings
    }

    /// Adds person `index` named `name`, the last person so far.
    fn add(&mut self, index: usize, name: &str) {
        let starts =
            std::iter::once(0).chain(memchr::memchr_iter(b' ', name.as_bytes()).map(|p| p + 1));
        for start in starts {
            self.found
                .entry(name[start..].to_owned())
                .or_insert((index, 0))
                .1 += 1;
        }
    }

    /// The one full name a short reference is or ends ("Thơ" → "Huỳnh Đức
    /// Thơ"), none when it ends several.
    fn resolve(&self, short: &str) -> Option<usize> {
        self.found
            .get(short)
            .and_then(|&(first, count)| (count == 1).then_some(first))
    }
}

/// The body keys of the bodies each person chairs now, in title order.
fn chaired_body_keys(people: &[Person]) -> Vec<Vec<String>> {
    people
        .iter()
        .map(|p| {
            p.titles
                .iter()
                .filter_map(|title| held_body(title))
                .map(body_key)
                .collect()
        })
        .collect()
}

/// Labels that open a byline line before ':' ("Ảnh:" is a photo credit, not one).
const BYLINE_LABELS: &[&str] = &[
    "Tác giả",
    "Tin, ảnh",
    "Tin và ảnh",
    "Bài, ảnh",
    "Bài và ảnh",
    "Người viết",
];

/// The line holding byte `at` as (start, end), its '\n' included.
fn line_around(bytes: &[u8], at: usize) -> (usize, usize) {
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p + 1);
    (start, end)
}

/// A line as the byline rules read it: where its text starts and the text
/// without surrounding whitespace.
fn trimmed_line(text: &str, start: usize, end: usize) -> (usize, &str) {
    let body = text[start..end].trim_end_matches(['\n', '\r']);
    let lead = body.len() - body.trim_start().len();
    (start + lead, body.trim())
}

/// Bylines: "Tác giả: NAME, affiliation" and a lone name line right after
/// the last paragraph.
/// `by_name` holds each person's index, and is kept so.
fn add_authors(text: &str, people: &mut Vec<Person>, by_name: &mut HashMap<String, usize>) {
    let bytes = text.as_bytes();
    let mut authors: Vec<(usize, usize, Option<String>)> = Vec::new();
    // Only the lines a label may open: every label starts with 'T', 'B' or
    // 'N', so a line whose first byte after ASCII whitespace is another
    // ASCII byte is skipped without trimming.
    let mut next_line = 0;
    while next_line < text.len() {
        let line_start = next_line;
        let line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |p| line_start + p + 1);
        next_line = line_end;
        let first = bytes[line_start..line_end]
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c));
        if first.is_some_and(|&b| b.is_ascii() && !matches!(b, b'T' | b'B' | b'N')) {
            continue;
        }
        let (start, line) = trimmed_line(text, line_start, line_end);
        let Some(rest) = BYLINE_LABELS.iter().find_map(|l| line.strip_prefix(l)) else {
            continue;
        };
        let rest_trim = rest.trim_start();
        let Some(after_colon) = rest_trim.strip_prefix(':') else {
            continue;
        };
        let name_at = start + (line.len() - after_colon.len());
        let lead = after_colon.len() - after_colon.trim_start().len();
        // Only this line's tokens: a name never runs past its line end.
        let toks = line_tokens(text, name_at + lead);
        let t = Tokens { text, toks: &toks };
        if let Some((s, e, affiliation)) = byline_name(&t, name_at + lead, start + line.len()) {
            authors.push((s, e, affiliation));
        }
    }
    // The end of the last paragraph ("… cao hơn. Dương Chiến", "… Chu Thanh
    // Vân (TTXVN)") and the line after it ("Lê Hồng"). The last paragraph
    // (at least 20 words; counting stops at the 20th) is found from the end.
    let mut last_paragraph = None;
    let mut end = text.len();
    while end > 0 {
        let start = memchr::memrchr(b'\n', &bytes[..end - 1]).map_or(0, |p| p + 1);
        let body = text[start..end].trim_end_matches(['\n', '\r']);
        if body.split_whitespace().nth(19).is_some() {
            last_paragraph = Some((start, end));
            break;
        }
        end = start;
    }
    if let Some((start, end)) = last_paragraph {
        let mut lines = vec![trimmed_line(text, start, end)];
        let mut next = end;
        while next < text.len() {
            let (line_start, line_end) = line_around(bytes, next);
            let line = trimmed_line(text, line_start, line_end);
            if !line.1.is_empty() {
                lines.push(line);
                break;
            }
            next = line_end;
        }
        for (start, line) in lines {
            let toks = closing_tokens(text, start, start + line.len());
            let t = Tokens { text, toks: &toks };
            authors.extend(
                closing_names(&t, start, start + line.len())
                    .into_iter()
                    .map(|(s, e)| (s, e, None)),
            );
        }
    }
    for (s, e, affiliation) in authors {
        let name = &text[s..e];
        if let Some(&index) = by_name.get(name) {
            people[index].role = Some("author".to_owned());
            continue;
        }
        by_name.insert(name.to_owned(), people.len());
        people.push(Person {
            name: name.to_owned(),
            titles: affiliation.into_iter().collect(),
            role: Some("author".to_owned()),
            mentions: 1,
            text: name.to_owned(),
            start: s,
            end: e,
        });
    }
}

/// The tokens [`closing_names`] reads of the line `start..end`: those from
/// its last sentence end on ('.', '!' or '?', each a token of its own), past
/// which that rule never reads, else the whole line's.
fn closing_tokens(text: &str, start: usize, end: usize) -> Vec<Token> {
    let from = text.as_bytes()[start..end]
        .iter()
        .rposition(|&b| matches!(b, b'.' | b'!' | b'?'))
        .map(|p| start + p);
    match from {
        Some(from) => {
            let (_, line_end) = line_around(text.as_bytes(), from);
            let mut toks = Vec::new();
            tokenize_into(text, from, line_end, &mut toks);
            toks
        }
        None => line_tokens(text, start),
    }
}

/// Names that close the line `start..end` as a byline: "NAME", "NAME
/// (TTXVN)", "NAME - NAME (TTXVN)", after a sentence end or alone on the line.
/// Each name 2 to 4 syllables with a family name first, and not a place.
fn closing_names(t: &Tokens, start: usize, end: usize) -> Vec<(usize, usize)> {
    let first = t.toks.partition_point(|tok| tok.start < start);
    let mut j = t.toks.partition_point(|tok| tok.start < end);
    // An agency in brackets: "(TTXVN)", "(TTXVN/Vietnam+)".
    if j > first && t.punct(j - 1) == Some(')') {
        let mut k = j - 1;
        while k > first && t.punct(k - 1) != Some('(') {
            k -= 1;
            if !(t.word(k).is_some_and(is_acronym) || matches!(t.punct(k), Some('/' | '+'))) {
                return Vec::new();
            }
        }
        if k == first || k == j - 1 {
            return Vec::new();
        }
        j = k - 1;
    }
    let mut names = Vec::new();
    loop {
        let mut k = j;
        while k > first && t.word(k - 1).is_some_and(names::is_name_syllable) {
            k -= 1;
        }
        let len = j - k;
        let surname = t.word(k).is_some_and(is_surname);
        if !(2..=4).contains(&len) || !surname || names::place_at(t, k, j) > 0 {
            return Vec::new();
        }
        names.push(t.span(k, j));
        if k == first || matches!(t.punct(k - 1), Some('.' | '…' | '!' | '?' | '"')) {
            break;
        }
        if t.punct(k - 1) == Some('-') && k - 1 > first {
            j = k - 1;
            continue;
        }
        return Vec::new();
    }
    names.reverse();
    names
}

/// A name of 2 to 5 syllables at byte `at` that fills the line up to
/// `line_end` or is followed by a comma and an affiliation. Byte span and
/// the affiliation.
fn byline_name(t: &Tokens, at: usize, line_end: usize) -> Option<(usize, usize, Option<String>)> {
    let i = t.toks.partition_point(|tok| tok.start < at);
    let e = syllable_run(t, i);
    if !(2..=5).contains(&(e - i)) || names::place_at(t, i, e) == e - i {
        return None;
    }
    let (s_byte, e_byte) = t.span(i, e);
    if e_byte > line_end {
        // The label ends its line; the name is not on it.
        return None;
    }
    let rest = t.text[e_byte..line_end].trim();
    if rest.is_empty() {
        return Some((s_byte, e_byte, None));
    }
    let affiliation = rest.strip_prefix(',')?.trim().trim_end_matches('.').trim();
    Some((
        s_byte,
        e_byte,
        (!affiliation.is_empty()).then(|| affiliation.to_owned()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The person is a chairperson.
    const CHAIR: u8 = 1;
    /// The text says the person chaired (chủ trì / chủ tọa) the event.
    const PRESIDED: u8 = 2;
    /// The person is the article's author.
    const AUTHOR: u8 = 4;

    /// One expected person: name, titles, flags.
    type Expected = (&'static str, &'static [&'static str], u8);

    /// (phrase, expected people in order of first mention: name, titles, flags).
    /// Phrases from the seeds and the development corpus, or the natural
    /// phrasing of real reports; values read by hand off the phrase.
    #[rustfmt::skip]
    const EXAMPLES: &[(&str, &[Expected])] = &[
        // Name, then titles separated by commas or dashes.
        ("Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính, đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
            &[("Cầm Ngọc Minh", &["Phó Bí thư tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Đ/c Lý Thái Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
            &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Đ/c Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
            &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Phát biểu tại Hội nghị, đồng chí Lý Thái Hải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các đơn vị, địa phương",
            &[("Lý Thái Hải", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Dự hội nghị có ông Bùi Quang Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC; thành viên Hội đồng Đánh giá, xác định chỉ số CCHC",
            &[("Bùi Quang Cẩm", &["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], CHAIR)]),
        ("Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh đã chủ trì Hội nghị trực tuyến tổng kết công tác cải cách hành chính",
            &[("Hoàng Quốc Khánh", &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo CCHC, Chủ tịch UBND tỉnh chủ trì Hội nghị",
            &[("Hoàng Quốc Khánh", &["Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo CCHC", "Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng trần tình về quy hoạch bán đảo Sơn Trà",
            &[("Huỳnh Đức Thơ", &["Chủ tịch UBND TP Đà Nẵng"], CHAIR)]),
        ("Tại hội nghị trực tuyến Chính phủ với các địa phương ngày 3/7, ông Đinh Văn Thu, Chủ tịch UBND tỉnh Quảng Nam đã nêu kiến nghị",
            &[("Đinh Văn Thu", &["Chủ tịch UBND tỉnh Quảng Nam"], CHAIR)]),
        ("Theo ông Nguyễn Đức Long, Chủ tịch UBND tỉnh Quảng Ninh, thu ngân sách 6 tháng đầu năm của tỉnh đạt khoảng 14.000 tỷ đồng",
            &[("Nguyễn Đức Long", &["Chủ tịch UBND tỉnh Quảng Ninh"], CHAIR)]),
        ("Nhân lễ kỷ niệm 10 năm thành lập, đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua",
            &[("Nguyễn Xuân Đường", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Phát biểu tại hội nghị, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Nghệ An đã thông tin",
            &[("Thái Thanh Quý", &["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH", "Chủ tịch HĐND tỉnh Nghệ An"], CHAIR)]),
        ("Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Định, nhận ngọn đuốc từ VĐV Hằng Nga",
            &[("Hồ Quốc Dũng", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Bình Định"], CHAIR)]),
        ("Bà Trần Thị Thanh Tâm, Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng, cho biết năm qua",
            &[("Trần Thị Thanh Tâm", &["Giám đốc Sở Kế hoạch và Đầu tư Đà Nẵng"], 0)]),
        ("đồng chí Nguyễn Anh Chức, Ủy viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Đặng Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đã tới thăm",
            &[("Nguyễn Anh Chức", &["Ủy viên Ban Thường vụ Tỉnh uỷ", "Phó Chủ tịch Thường trực UBND tỉnh"], 0),
              ("Đặng Thanh Sơn", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"], 0)]),
        ("Tổ công tác của Thủ tướng Chính phủ do ông Nguyễn Cao Lục, Phó Chủ nhiệm Văn phòng Chính phủ, Trưởng đoàn công tác đã về kiểm tra",
            &[("Nguyễn Cao Lục", &["Phó Chủ nhiệm Văn phòng Chính phủ", "Trưởng đoàn công tác"], 0)]),
        ("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và chủ trì hội nghị.",
            &[("Tô Lâm", &["Thượng tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"], PRESIDED)]),
        ("Chia sẻ với chúng tôi, Trung tá Dương Kim Tuấn-Giám đốc Chi nhánh Công ty 75 cho biết",
            &[("Dương Kim Tuấn", &["Trung tá", "Giám đốc Chi nhánh Công ty 75"], 0)]),
        ("Tham dự lễ kỷ niệm có GS.TS. Nguyễn Quang Thuấn - Chủ tịch Viện Hàn lâm KHXH Việt Nam, đại diện các ban",
            &[("Nguyễn Quang Thuấn", &["Chủ tịch Viện Hàn lâm KHXH Việt Nam"], CHAIR)]),
        ("ông Ksor Phước, Phó Chủ tịch UBND tỉnh Gia Lai phát biểu",
            &[("Ksor Phước", &["Phó Chủ tịch UBND tỉnh Gia Lai"], 0)]),
        // Title, then the name; a province between them belongs to the title.
        ("Đây là chỉ đạo của Chủ tịch UBND tỉnh Lý Thái Hải tại Hội nghị trực tuyến của UBND tỉnh với các huyện, thành phố ngày 15/5/2017",
            &[("Lý Thái Hải", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("(TGAG)- Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh Vương Bình Thạnh chủ trì Hội nghị trực tuyến tổng kết công tác cài cách hành chính năm 2015",
            &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Phát biểu chỉ đạo tại Hội nghị, Chủ tịch UBND tỉnh Vương Bình Thạnh thẳng thắn chỉ ra những khó khăn",
            &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Chủ tịch UBND tỉnh An Giang Vương Bình Thạnh phát biểu",
            &[("Vương Bình Thạnh", &["Chủ tịch UBND tỉnh An Giang"], CHAIR)]),
        ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải; Chủ tịch HĐND thành phố Hà Nội Nguyễn Thị Bích Ngọc",
            &[("Nguyễn Thị Kim Ngân", &["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"], CHAIR),
              ("Hoàng Trung Hải", &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], 0),
              ("Nguyễn Thị Bích Ngọc", &["Chủ tịch HĐND thành phố Hà Nội"], CHAIR)]),
        ("Ngày 7/7, tại kỳ họp thứ tư HĐND TP Đà Nẵng khóa IX, Chủ tịch UBND TP Đà Nẵng Huỳnh Đức Thơ đã có báo cáo giải trình",
            &[("Huỳnh Đức Thơ", &["Chủ tịch UBND TP Đà Nẵng"], CHAIR)]),
        ("Chiều 9/5, Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn chủ trì cuộc họp nghe báo cáo, góp ý điều chỉnh quy hoạch sử dụng đất",
            &[("Đặng Ngọc Sơn", &["Phó Chủ tịch UBND tỉnh"], PRESIDED)]),
        ("Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm, làm việc tại tỉnh Bắc Kạn",
            &[("Nguyễn Phú Trọng", &["Tổng Bí thư"], 0)]),
        ("Cùng đi với Tổng Bí thư có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn Chiến; Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Nguyễn Xuân Cường",
            &[("Đỗ Văn Chiến", &["Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"], 0),
              ("Nguyễn Xuân Cường", &["Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], 0)]),
        ("Chủ tịch UBND tỉnh Phú Thọ Bùi Minh Châu phát biểu trong Hội nghị giao nhiệm vụ công tác.",
            &[("Bùi Minh Châu", &["Chủ tịch UBND tỉnh Phú Thọ"], CHAIR)]),
        ("Phát biểu khai mạc tại Hội nghị, Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Trần Thanh Nam nhấn mạnh",
            &[("Trần Thanh Nam", &["Thứ trưởng Bộ Nông nghiệp và Phát triển Nông thôn"], 0)]),
        ("Chiều 30/5, tại Trụ sở Chính phủ, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ đã chủ trì Hội nghị trực tuyến",
            &[("Trương Hòa Bình", &["Phó Thủ tướng Thường trực Chính phủ", "Trưởng ban Chỉ đạo cải cách hành chính của Chính phủ"], PRESIDED)]),
        ("Theo Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân, Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ, từ đầu năm đến nay",
            &[("Lê Vĩnh Tân", &["Bộ trưởng Bộ Nội vụ", "Phó Trưởng ban Thường trực Ban Chỉ đạo cải cách hành chính của Chính phủ"], 0)]),
        ("Đó là nội dung chỉ đạo trong thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc tại buổi làm việc với lãnh đạo tỉnh Cao Bằng.",
            &[("Nguyễn Xuân Phúc", &["Thủ tướng"], 0)]),
        ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Nghệ An Thái Thanh Quý trả lời kiến nghị của cử tri.",
            &[("Thái Thanh Quý", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng đoàn ĐBQH tỉnh Nghệ An"], CHAIR)]),
        ("Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết, việc hình thành và đầu tư xây dựng Cảng hàng không",
            &[("Võ Văn Hưng", &["Chủ tịch UBND tỉnh Quảng Trị"], CHAIR)]),
        ("đồng chí Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Anh Chức và đồng chí Phó Chủ tịch Thường trực HĐND tỉnh Đặng Thanh Sơn gửi lời chúc tốt đẹp",
            &[("Nguyễn Anh Chức", &["Phó Chủ tịch Thường trực UBND tỉnh"], 0),
              ("Đặng Thanh Sơn", &["Phó Chủ tịch Thường trực HĐND tỉnh"], 0)]),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Minh phát biểu kết thúc buổi toạ đàm",
            &[("Nguyễn Minh", &["Phó Chủ tịch UBND tỉnh"], 0)]),
        ("(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh",
            &[("Phạm Anh Tuấn", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Chủ tịch UBND tỉnh Phạm Anh Tuấn tặng quà lưu niệm cho bà Yoonhee Kim",
            &[("Phạm Anh Tuấn", &["Chủ tịch UBND tỉnh"], CHAIR), ("Yoonhee Kim", &[], 0)]),
        ("(BĐ) - Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng cho biết, đến ngày 10.4",
            &[("Trần Vũ Thanh Hùng", &["Phó Giám đốc Sở Tài chính"], 0)]),
        ("Phó Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm phát biểu tại hội nghị",
            &[("Y Thanh Hà Niê Kđăm", &["Phó Chủ tịch UBND tỉnh"], 0)]),
        ("đồng chí Nguyễn Văn Sơn Phó Chủ tịch UBND tỉnh phát biểu",
            &[("Nguyễn Văn Sơn", &["Phó Chủ tịch UBND tỉnh"], 0)]),
        // Former and acting chairs are chairpersons; the tenure stays in the title.
        ("Ông Nguyễn Văn B, nguyên Chủ tịch UBND tỉnh dự hội nghị",
            &[("Nguyễn Văn B", &["nguyên Chủ tịch UBND tỉnh"], CHAIR)]),
        ("UBKT Trung ương yêu cầu ông Nguyễn Chiến Thắng - nguyên Chủ tịch UBND tỉnh Khánh Hòa nghiêm túc kiểm điểm",
            &[("Nguyễn Chiến Thắng", &["nguyên Chủ tịch UBND tỉnh Khánh Hòa"], CHAIR)]),
        ("Ông Phạm Văn Hà, nguyên Chủ tịch UBND huyện Cát Hải, được bổ nhiệm giữ chức Giám đốc Sở NN-PTNT từ tháng 4-2016.",
            &[("Phạm Văn Hà", &["nguyên Chủ tịch UBND huyện Cát Hải", "Giám đốc Sở NN-PTNT"], CHAIR)]),
        ("Ông Nguyễn Văn Thành, nguyên Trưởng Ban Kinh tế - Ngân sách của HĐND thành phố Hải Phòng",
            &[("Nguyễn Văn Thành", &["nguyên Trưởng Ban Kinh tế"], 0)]),
        ("Quyền Chủ tịch UBND tỉnh Nguyễn Văn Sơn ký quyết định", &[("Nguyễn Văn Sơn", &["Quyền Chủ tịch UBND tỉnh"], CHAIR)]),
        ("ông Nguyễn Văn Sơn, quyền Chủ tịch UBND huyện cho biết", &[("Nguyễn Văn Sơn", &["quyền Chủ tịch UBND huyện"], CHAIR)]),
        ("Ông Nguyễn Văn Sơn, cựu Chủ tịch UBND tỉnh, đã nghỉ hưu", &[("Nguyễn Văn Sơn", &["cựu Chủ tịch UBND tỉnh"], CHAIR)]),
        // A chair head in lowercase after a name; a dotted abbreviation; a body named with its acronym.
        ("Theo ông Trần Văn Bình, chủ tịch UBND xã Tân Lập, người dân rất đồng tình",
            &[("Trần Văn Bình", &["chủ tịch UBND xã Tân Lập"], CHAIR)]),
        ("Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội phát biểu",
            &[("Nguyễn Đức Chung", &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], CHAIR)]),
        ("Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung phát biểu tại buổi làm việc",
            &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP. Hà Nội"], CHAIR)]),
        ("Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI) Vũ Tiến Lộc cho biết, để nỗ lực cải thiện chỉ số này",
            &[("Vũ Tiến Lộc", &["Chủ tịch Phòng Thương mại và công nghiệp VN (VCCI)"], CHAIR)]),
        ("Ông Nguyễn Văn Hùng, Chủ tịch Hội đồng quản trị Công ty cổ phần Sông Đà cho biết",
            &[("Nguyễn Văn Hùng", &["Chủ tịch Hội đồng quản trị Công ty"], CHAIR)]),
        ("Ông Lê Văn Nam (Chủ tịch UBND huyện Hòa Vang) cho biết sẽ xử lý dứt điểm",
            &[("Lê Văn Nam", &["Chủ tịch UBND huyện Hòa Vang"], CHAIR)]),
        ("Đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh phát biểu",
            &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], CHAIR)]),
        ("Thầy Nguyễn Văn Bình, Hiệu trưởng Trường THPT Nguyễn Huệ cho biết",
            &[("Nguyễn Văn Bình", &["Hiệu trưởng Trường THPT Nguyễn Huệ"], 0)]),
        ("Hiệu trưởng Trường THPT Nguyễn Huệ Trần Văn Bình phát biểu", &[("Trần Văn Bình", &["Hiệu trưởng Trường THPT Nguyễn Huệ"], 0)]),
        ("Chủ tịch Hội Cựu chiến binh tỉnh Lê Văn Bảy trao quà", &[("Lê Văn Bảy", &["Chủ tịch Hội Cựu chiến binh tỉnh"], CHAIR)]),
        ("bà H’Hen Niê, Phó Chủ tịch UBND huyện", &[("H’Hen Niê", &["Phó Chủ tịch UBND huyện"], 0)]),
        ("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu tại hội nghị",
            &[("Nguyễn Văn Thọ", &["Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"], CHAIR)]),
        ("Chủ tịch nước Võ Văn Thưởng dự và phát biểu chỉ đạo hội nghị",
            &[("Võ Văn Thưởng", &["Chủ tịch nước"], CHAIR)]),
        ("Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh chủ trì hội nghị",
            &[("Bùi Văn Khánh", &["Chủ tịch UBND tỉnh Hòa Bình"], CHAIR | PRESIDED)]),
        ("Bí thư Tỉnh ủy Thái Bình Ngô Đông Hải phát biểu", &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy Thái Bình"], 0)]),
        ("Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng phát biểu tại hội nghị",
            &[("Trịnh Việt Hùng", &["Chủ tịch UBND tỉnh Thái Nguyên"], CHAIR)]),
        // An appointment gives the office: elected, appointed, holding it.
        ("Thiếu tướng Lê Ngọc Châu làm Chủ tịch UBND tỉnh Hải Dương",
            &[("Lê Ngọc Châu", &["Thiếu tướng", "Chủ tịch UBND tỉnh Hải Dương"], CHAIR)]),
        ("bà Trịnh Thị Minh Thanh, Phó Bí thư Thường trực Tỉnh ủy đã trúng cử chức vụ Chủ tịch HĐND tỉnh Quảng Ninh, khóa XIV",
            &[("Trịnh Thị Minh Thanh", &["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh Quảng Ninh"], CHAIR)]),
        ("Ngày 13-7, HĐND thành phố Hải Phòng khóa 15 đã bầu ông Nguyễn Văn Thành giữ chức Phó Chủ tịch UBND thành phố",
            &[("Nguyễn Văn Thành", &["Phó Chủ tịch UBND thành phố"], 0)]),
        // A nominee is not given the office.
        ("HĐND tỉnh đề nghị bầu ông Nguyễn Văn Sơn giữ chức Chủ tịch UBND tỉnh",
            &[("Nguyễn Văn Sơn", &[], 0)]),
        // Title, dash or comma, honorific, name.
        ("Kết luận hội nghị, Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC - ông Bùi Quang Cẩm yêu cầu công bố công khai kết quả chấm điểm CCHC",
            &[("Bùi Quang Cẩm", &["Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"], CHAIR)]),
        ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng cho biết năm nay tỉnh đạt nhiều kết quả",
            &[("Nguyễn Văn Hùng", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("Chủ tịch UBND xã Ea Tul, ông Y Thanh Niê cho biết", &[("Y Thanh Niê", &["Chủ tịch UBND xã Ea Tul"], CHAIR)]),
        // A comma before a name that its own titles follow lists two people;
        // after "thay mặt" the one named acts for the chair.
        ("Dự hội nghị có Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ",
            &[("Nguyễn Văn Hùng", &["Giám đốc Sở Nội vụ"], 0)]),
        ("Thay mặt Chủ tịch nước, ông Nguyễn Văn Hùng trao Huân chương Lao động hạng Ba cho 5 tập thể",
            &[("Nguyễn Văn Hùng", &[], 0)]),
        ("Thừa ủy quyền Chủ tịch UBND tỉnh, Nguyễn Văn Hùng trao Bằng khen cho 10 cá nhân", &[]),
        // Lists after "các đồng chí:".
        ("Dự hội nghị có các đồng chí: Lâm Thị Hương Thành, Phó Chủ tịch Thường trực HĐND tỉnh; Đinh Đức Cảnh, Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân Yên; lãnh đạo một số sở, ngành tỉnh",
            &[("Lâm Thị Hương Thành", &["Phó Chủ tịch Thường trực HĐND tỉnh"], 0),
              ("Đinh Đức Cảnh", &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện Tân Yên"], CHAIR)]),
        ("Đến dự có các đồng chí: Trần Hoàng Danh, Bí thư Quận ủy; Đậu An Phúc, Phó Chủ tịch UBND Quận; Lê Tấn Nam, Chủ tịch Hội Doanh nghiệp Quận 12.",
            &[("Trần Hoàng Danh", &["Bí thư Quận ủy"], 0),
              ("Đậu An Phúc", &["Phó Chủ tịch UBND Quận"], 0),
              ("Lê Tấn Nam", &["Chủ tịch Hội Doanh nghiệp Quận 12"], CHAIR)]),
        ("ý kiến của 4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung hoan nghênh",
            &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP"], CHAIR)]),
        // Honorific and name with no title.
        ("đề xuất tặng bằng khen cho bà Bùi Lệ Oanh, cán bộ Sở Lao động tỉnh này, vì có công chống tham nhũng",
            &[("Bùi Lệ Oanh", &[], 0)]),
        ("Ông Võ Văn Cảnh, xóm Tân Sơn, xã Kỳ Tân đề nghị làm rõ việc đề bù đất rừng",
            &[("Võ Văn Cảnh", &[], 0)]),
        ("trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Yên Bái",
            &[("Đỗ Đức Duy", &["Phó Bí thư Tỉnh ủy"], 0)]),
        ("Kết quả, 54/54 đại biểu đã bầu ông Lê Ngọc Châu giữ chức Chủ tịch UBND tỉnh này, nhiệm kỳ 2021-2026.",
            &[("Lê Ngọc Châu", &["Chủ tịch UBND tỉnh"], CHAIR)]),
        ("HĐND tỉnh Quảng Ninh nhất trí bầu bà Trịnh Thị Minh Thanh – Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh, làm Chủ tịch HĐND tỉnh Quảng Ninh; ông Phạm Đức Ấn - Phó Bí thư Tỉnh ủy làm Chủ tịch UBND tỉnh Quảng Ninh",
            &[("Trịnh Thị Minh Thanh", &["Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh", "Chủ tịch HĐND tỉnh Quảng Ninh"], CHAIR),
              ("Phạm Đức Ấn", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Ninh"], CHAIR)]),
        // Who presided: after the mention, before it, or a sentence opening with "chủ trì".
        ("Hội nghị diễn ra dưới sự chủ trì của đồng chí Hoàng Quốc Khánh, Chủ tịch UBND tỉnh.",
            &[("Hoàng Quốc Khánh", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Ngày 6/2, chủ trì buổi giao ban với lãnh đạo các sở, ngành TP, Chủ tịch UBND TP Nguyễn Đức Chung, đã giao nhiệm vụ cho 17 sở, ngành",
            &[("Nguyễn Đức Chung", &["Chủ tịch UBND TP"], CHAIR | PRESIDED)]),
        ("Đồng chí Phó Chủ tịch HĐND tỉnh Nguyễn Khắc Toản dự và cùng chủ trì buổi làm việc",
            &[("Nguyễn Khắc Toản", &["Phó Chủ tịch HĐND tỉnh"], PRESIDED)]),
        ("Chiều 9/2, ông Nguyễn Anh Tú - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì hội nghị giao ban",
            &[("Nguyễn Anh Tú", &["Chủ tịch UBND thành phố Uông Bí"], CHAIR | PRESIDED)]),
        ("Chủ trì hội nghị có đồng chí Lý Thái Hải, Chủ tịch UBND tỉnh.",
            &[("Lý Thái Hải", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Đồng chí Nguyễn Văn Sơn, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì kỳ họp",
            &[("Nguyễn Văn Sơn", &["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], CHAIR | PRESIDED)]),
        // Co-chairs: everyone listed before "đồng chủ trì" chaired, the first named presides.
        ("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải đồng chủ trì Hội nghị.",
            &[("Ngô Xuân Lịch", &["Đại tướng", "Ủy viên Bộ Chính trị", "Phó Bí thư Quân ủy Trung ương", "Bộ trưởng Bộ Quốc phòng"], PRESIDED),
              ("Hoàng Trung Hải", &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"], 0)]),
        ("Ông Nguyễn Đức Chung - Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND TP.Hà Nội; ông Mai Đức Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Nguyễn Thị Tuyến - Chủ tịch LĐLĐ TP.Hà Nội; ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.",
            &[("Nguyễn Đức Chung", &["Ủy viên T.Ư Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP.Hà Nội"], CHAIR | PRESIDED),
              ("Mai Đức Chính", &["Phó Chủ tịch Tổng LĐLĐVN"], 0),
              ("Nguyễn Thị Tuyến", &["Chủ tịch LĐLĐ TP.Hà Nội"], CHAIR | PRESIDED),
              ("Phạm Quốc Tuấn", &["Trưởng ban Quản lý"], 0)]),
        ("Đồng chí Ngô Đông Hải - Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận - Chủ tịch UBND tỉnh đồng chủ trì hội nghị",
            &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy"], PRESIDED),
              ("Nguyễn Khắc Thận", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        ("Hội nghị diễn ra dưới sự đồng chủ trì của đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy và đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh.",
            &[("Ngô Đông Hải", &["Bí thư Tỉnh ủy"], PRESIDED),
              ("Nguyễn Khắc Thận", &["Chủ tịch UBND tỉnh"], CHAIR | PRESIDED)]),
        // Nothing joins mentions across a sentence end, nor a plain "chủ trì" across a semicolon.
        ("Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh và ông Ngô Đông Hải, Chủ tịch HĐND tỉnh. Ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì hội nghị.",
            &[("Nguyễn Văn Sơn", &["Chủ tịch UBND tỉnh"], CHAIR),
              ("Ngô Đông Hải", &["Chủ tịch HĐND tỉnh"], CHAIR),
              ("Lê Văn Nam", &["Giám đốc Sở Nội vụ"], PRESIDED)]),
        ("Dự có ông Nguyễn Văn Sơn, Chủ tịch UBND tỉnh; ông Lê Văn Nam, Giám đốc Sở Nội vụ chủ trì phần thảo luận",
            &[("Nguyễn Văn Sơn", &["Chủ tịch UBND tỉnh"], CHAIR),
              ("Lê Văn Nam", &["Giám đốc Sở Nội vụ"], PRESIDED)]),
        ("Phát biểu tại buổi toạ đàm, Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận Bùi Thế Nhân, cho biết",
            &[("Bùi Thế Nhân", &["Giám đốc Sở Văn hoá, Thể thao và Du lịch Bình Thuận"], 0)]),
        ("Ông Lê Ngọc Châu, tân Chủ tịch UBND tỉnh Hải Dương, nhiệm kỳ 2021-2026 (Ảnh: Nguyễn Dương).",
            &[("Lê Ngọc Châu", &["Chủ tịch UBND tỉnh Hải Dương"], CHAIR)]),
        ("Cử tri Trần Ngọc Anh - Xóm trưởng xóm Thanh Tân, xã Kỳ Tân phát biểu ý kiến",
            &[("Trần Ngọc Anh", &["Xóm trưởng"], 0)]),
        ("Cử tri Thái Khắc Tính, xã Kỳ Tân nêu ý kiến về chế độ chất độc da cam",
            &[("Thái Khắc Tính", &[], 0)]),
        ("Đến dự có các đồng chí: Nguyễn Minh Chánh, Phó Chủ tịch UBND Quận; Võ Thị Chính, Phó Chủ tịch UBND Quận.",
            &[("Nguyễn Minh Chánh", &["Phó Chủ tịch UBND Quận"], 0), ("Võ Thị Chính", &["Phó Chủ tịch UBND Quận"], 0)]),
        // Bylines.
        ("Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp cao hơn. Dương Chiến",
            &[("Dương Chiến", &[], AUTHOR)]),
        ("Hệ thống thông tin điện tử của các tỉnh, thành phố với Chính phủ phải liên thông cho tốt, ứng dụng tương thích với nhau trong toàn quốc. Chu Thanh Vân (TTXVN)",
            &[("Chu Thanh Vân", &[], AUTHOR)]),
        ("Thành phố sẽ ngày càng đẹp hơn, khang trang hơn theo hướng đô thị văn minh, hiện đại và phát triển bền vững trong những năm tới... Hoàng Hoa - Văn Cảnh - Nguyễn Thắng (TTXVN)",
            &[("Hoàng Hoa", &[], AUTHOR), ("Văn Cảnh", &[], AUTHOR), ("Nguyễn Thắng", &[], AUTHOR)]),
        ("Hội nghị đã thống nhất đề nghị UBND tỉnh chỉ đạo các đơn vị tư vấn để hoàn thiện báo cáo điều chỉnh quy hoạch trình UBND tỉnh và các cấp. Hà Nội",
            &[]),
        ("Tác giả: Khúc Thị Thu Hằng, Phòng CCHC&VTLT, Sở Nội vụ.",
            &[("Khúc Thị Thu Hằng", &["Phòng CCHC&VTLT, Sở Nội vụ"], AUTHOR)]),
        ("Tin, ảnh: Nguyễn Văn Hùng", &[("Nguyễn Văn Hùng", &[], AUTHOR)]),
        ("Ảnh: Nguyễn Văn Hùng", &[]),
        ("HĐND tỉnh Bà Rịa Vũng Tàu đã tán thành chủ trương thành lập thành phố Phú Mỹ", &[]),
        ("Phó Chủ tịch HĐND tỉnh Bà Rịa – Vũng Tàu cho biết", &[]),
        ("Ý kiến của cử tri Thành phố Hồ Chí Minh được tổng hợp", &[]),
        ("Tác giả:\nNguyễn Văn Hùng", &[]),
        ("Theo HĐND tỉnh Bà Rịa – Vũng Tàu, việc thành lập các phường", &[]),
        ("Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích trong công tác cải cách hành chính và công tác nội vụ năm 2016.\n\nLê Hồng\n\n\nTHÔNG TIN CẢI CÁCH",
            &[("Lê Hồng", &[], AUTHOR)]),
        ("Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc trong thực hiện cải cách hành cách giai đoạn 2011-2015.\n\nTiếp Thu\n\nTiến tới đại hội đảng",
            &[]),
        // Negatives: unnamed chairs, generic titles, places, credits, chrome.
        ("Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân", &[]),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh", &[]),
        ("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh giải quyết theo quy định", &[]),
        ("Yêu cầu nguyên Chủ tịch tỉnh Khánh Hòa rút kinh nghiệm sâu sắc", &[]),
        ("Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân", &[]),
        ("Chủ tịch UBND tỉnh Phú Thọ vừa ký ban hành Văn bản số 339 về việc thực hiện một số nhiệm vụ", &[]),
        ("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu các sở, ngành", &[]),
        ("Các đại biểu tham dự kỳ họp bầu chức danh Chủ tịch UBND tỉnh Hải Dương theo hình thức bỏ phiếu kín.", &[]),
        ("Chủ tịch UBND huyện Lục Ngạn báo cáo tình hình tiêu thụ vải thiều", &[]),
        ("cả Bí thư và Chủ tịch TP Hà Nội đều vào cuộc", &[]),
        ("Dự Hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các Ban Đảng tỉnh ủy", &[]),
        ("yêu cầu các ngành, chủ tịch UBND các huyện, thành phố tổ chức triển khai thực hiện", &[]),
        ("Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở", &[]),
        ("Tổng Bí thư Nguyễn Phú Trọng và các đại biểu chụp ảnh chung. Ảnh: Trí Dũng/TTXVN", &[("Nguyễn Phú Trọng", &["Tổng Bí thư"], 0)]),
        ("Ảnh: Trọng Đức/TTXVN", &[]),
        ("Sơn La, Hà Nội, Thái Bình và Hồ Chí Minh là những địa phương dẫn đầu", &[]),
        ("việc khai thác cát sỏi trên dòng Sông Lô, huyện Sông Lô trước đây diễn ra phức tạp", &[]),
        ("không cấp thêm giấy phép khai thác cát sỏi trên sông Lô và Sông Hồng", &[]),
        ("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016", &[]),
        ("UBND tỉnh đã ban hành văn bản chỉ đạo, hướng dẫn các cơ quan, đơn vị", &[]),
        ("Trong đó, Đào Văn Khoan (SN 1962, chỗ ở tại phường Hoàng Liệt, quận Hoàng Mai, Hà Nội)", &[]),
        ("Người dân làm thủ tục đăng ký kinh doanh tại Hà Nội (Nguồn: Cục Quản lý đăng ký kinh doanh)", &[]),
        ("", &[]),
    ];

    /// [`next_cue`] without the candidate search: the cue automaton from
    /// `pos` on, match after match.
    fn next_cue_by_automaton(text: &str, mut pos: usize) -> Option<(usize, usize)> {
        let (finder, cue_of) = &*CUE_FINDER;
        while let Some(m) = finder.find(aho_corasick::Input::new(text).span(pos..text.len())) {
            pos = m.end();
            if is_mention_cue(text, &m, cue_of) {
                return Some((m.start(), m.end()));
            }
        }
        None
    }

    #[test]
    fn longest_candidate() {
        let longest_cue = CUES
            .iter()
            .map(|(cue, ..)| {
                cue.chars()
                    .map(|c| c.to_uppercase().to_string().len().max(c.len_utf8()))
                    .sum::<usize>()
            })
            .max();
        assert_eq!(Some(MAX_CANDIDATE_LEN), longest_cue.map(|n| 1 + n + 4));
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The candidate search skips only what the automaton alone would
        /// reject, from any start: cues glued to letters, "đ/c" before
        /// "chí", "ông" inside "không", capitals and other scripts.
        #[test]
        fn candidates_find_what_the_automaton_finds(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "ông", "Ông", "ÔNG", "đ/c", "Đ/C", "Đ/c", "chí", "Chí", "đồng", "Đồng", "không",
                    "anh", "thanh", "bà", "Bà", "chị", "cô", "thầy", "cử", "tri", "Chủ", "tịch",
                    "Bí", "thư", "Trưởng", "trưởng", "TRƯỞNG", "Phó", "phó", "tá", "Đại", "sĩ", "Tiến",
                    "Thủ", "tướng", "Nguyễn", "Văn", "A", "x", "1", " ", " ", " ", "/", ",", ".",
                    "\n", "-", ":", "(", "Ω", "é", "\u{a0}", "中",
                ]),
                0..24,
            ),
            start in 0usize..64,
        ) {
            let text = pieces.concat();
            let mut pos = start.min(text.len());
            while !text.is_char_boundary(pos) {
                pos -= 1;
            }
            proptest::prop_assert_eq!(next_cue(&text, pos), next_cue_by_automaton(&text, pos));
        }
    }

    /// Every capital that lowercases to a cue's letter is one the cue
    /// search finds: a word `eq_lower` accepts is never skipped.
    #[test]
    fn cue_search_finds_every_case() {
        let (finder, _) = &*CUE_FINDER;
        for (cue, ..) in CUES {
            for (k, c) in cue.char_indices() {
                for u in (0..=0x10ffff).filter_map(char::from_u32) {
                    if u.to_lowercase().eq([c]) {
                        let word = format!("{}{u}{}", &cue[..k], &cue[k + c.len_utf8()..]);
                        let hay = format!(" {word} ");
                        let m = finder.find(hay.as_str()).map(|m| (m.start(), m.end()));
                        assert_eq!(m, Some((1, 1 + word.len())), "{word}");
                    }
                }
            }
        }
    }

    fn flags(people: &People, p: &Person) -> u8 {
        let chair = people.chairpersons.iter().find(|c| c.name == p.name);
        let mut f = 0;
        if chair.is_some() {
            f |= CHAIR;
        }
        if chair.is_some_and(|c| c.presided) || people.presiding.as_deref() == Some(&p.name) {
            f |= PRESIDED;
        }
        if p.role.as_deref() == Some("author") {
            f |= AUTHOR;
        }
        f
    }

    #[test]
    fn examples() {
        assert!(EXAMPLES.len() >= 60);
        for (phrase, expected) in EXAMPLES {
            let found = find_people(phrase);
            let got: Vec<(&str, Vec<&str>, u8)> = found
                .people
                .iter()
                .map(|p| {
                    let titles = p.titles.iter().map(String::as_str).collect();
                    (p.name.as_str(), titles, flags(&found, p))
                })
                .collect();
            let want: Vec<(&str, Vec<&str>, u8)> = expected
                .iter()
                .map(|(name, titles, f)| (*name, titles.to_vec(), *f))
                .collect();
            assert_eq!(got, want, "phrase: {phrase:?}");
            for p in &found.people {
                assert_eq!(&phrase[p.start..p.end], p.text, "offsets in {phrase:?}");
            }
        }
    }

    #[test]
    fn signature_blocks() {
        let text = "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp \
                    thứ Sáu thông qua ngày 13 tháng 7 năm 2017./.\n\n\
                    TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\n\nĐinh Văn Chung\n";
        let people = find_people(text);
        assert_eq!(people.chairpersons.len(), 1);
        assert_eq!(people.chairpersons[0].name, "Đinh Văn Chung");
        assert_eq!(
            people.chairpersons[0].titles,
            ["Chủ tịch Hội đồng nhân dân"]
        );
        assert_eq!(people.chairpersons[0].bodies, ["Hội đồng nhân dân"]);

        let deputy = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Sơn\n";
        let people = find_people(deputy);
        assert!(people.chairpersons.is_empty());
        assert_eq!(people.people[0].titles, ["Phó Chủ tịch Ủy ban nhân dân"]);

        assert_eq!(
            find_people("CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH\n"),
            People::default()
        );
    }

    #[test]
    fn short_references_count_for_the_full_name() {
        let text = "Ông Huỳnh Đức Thơ, Chủ tịch UBND TP Đà Nẵng trần tình với cử tri. \
                    Theo ông Thơ, bán đảo Sơn Trà cần được bảo vệ.";
        let people = find_people(text);
        assert_eq!(people.people.len(), 1);
        assert_eq!(people.people[0].mentions, 2);
        assert_eq!(people.chairpersons[0].mentions, 2);
    }

    #[test]
    fn unnamed_chair_is_linked_never_invented() {
        let named = "Chủ tịch UBND tỉnh Vương Bình Thạnh phát biểu.\n\
                     Dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen.";
        let people = find_people(named);
        assert_eq!(people.chairpersons.len(), 1);
        assert_eq!(people.chairpersons[0].mentions, 2);
        assert_eq!(people.chairpersons[0].bodies, ["UBND tỉnh"]);

        let unnamed = "Chủ tịch UBND tỉnh chủ trì Hội nghị.";
        assert_eq!(find_people(unnamed), People::default());
    }

    #[test]
    fn the_office_is_not_a_mention_of_its_holder() {
        let text = "Ông Phạm Đức Ấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh phát biểu. \
                    Trân trọng cảm ơn các vị đại biểu đã tin tưởng bầu chức vụ Chủ tịch UBND tỉnh.";
        assert_eq!(find_people(text).chairpersons[0].mentions, 1);
    }

    #[test]
    fn other_bodies_and_former_chairs_are_not_linked_to() {
        let text = "Chủ tịch UBND tỉnh Vương Bình Thạnh phát biểu. \
                    Chủ tịch UBND các huyện báo cáo. Chủ tịch UBND huyện Chợ Mới trả lời. \
                    Ông Nguyễn Văn B, nguyên Chủ tịch UBND tỉnh dự hội nghị. \
                    Chủ tịch UBND tỉnh An Giang trao Bằng khen.";
        let people = find_people(text);
        let chairs: Vec<(&str, usize)> = people
            .chairpersons
            .iter()
            .map(|c| (c.name.as_str(), c.mentions))
            .collect();
        // The former chair is a chairperson, but no unnamed reference is his.
        assert_eq!(chairs, [("Vương Bình Thạnh", 2), ("Nguyễn Văn B", 1)]);
        assert_eq!(people.chairpersons[1].titles, ["nguyên Chủ tịch UBND tỉnh"]);
        assert_eq!(people.chairpersons[1].bodies, ["UBND tỉnh"]);
    }

    #[test]
    fn the_late_president_is_no_reference_to_the_city_chair() {
        let text = "Chủ tịch TP Hồ Chí Minh Phan Văn Mãi phát biểu. \
                    Cán bộ học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh.";
        let people = find_people(text);
        assert_eq!(people.chairpersons.len(), 1);
        assert_eq!(people.chairpersons[0].name, "Phan Văn Mãi");
        assert_eq!(people.chairpersons[0].mentions, 1);
    }

    #[test]
    fn a_digest_has_nobody_presiding() {
        let items = "Công bố 20 đơn vị chậm đóng bảo hiểm xã hội: Bảo hiểm Xã hội tỉnh vừa \
                     công bố danh sách... (trang 2)\n\n\
                     Làm rõ diện tích đất: Sáng 18/2, Ban Kinh tế - Ngân sách HĐND tỉnh làm việc. \
                     Đồng chí Phó Chủ tịch HĐND tỉnh Nguyễn Khắc Toản dự và cùng chủ trì buổi \
                     làm việc... (trang 2)\n\n\
                     Văn minh những lễ hội không rác: Khi việc giữ gìn vệ sinh... (trang 4)\n";
        assert!(is_digest(items));
        let people = find_people(items);
        assert_eq!(people.people[0].name, "Nguyễn Khắc Toản");
        assert_eq!(people.presiding, None);
        // One page reference, or references inside lines, make no digest.
        let one = "Đồng chí Nguyễn Khắc Toản, Chủ tịch HĐND tỉnh chủ trì buổi làm việc (trang 2)\n";
        assert!(!is_digest(one));
        assert_eq!(
            find_people(one).presiding.as_deref(),
            Some("Nguyễn Khắc Toản")
        );
        assert!(!is_digest("xem (trang 2) và (trang 3) tiếp.\n"));
    }

    #[test]
    fn unnamed_chair_who_presided_makes_the_named_chair_preside() {
        let text = "Chủ tịch UBND tỉnh chủ trì Hội nghị.\n\
                    Phát biểu tại Hội nghị, đồng chí Lý Thái Hải, Chủ tịch UBND tỉnh yêu cầu các sở.";
        let people = find_people(text);
        assert_eq!(people.presiding.as_deref(), Some("Lý Thái Hải"));
        assert!(people.chairpersons[0].presided);
    }

    /// A seed's text, presiding, chairpersons and authors, read by hand.
    type Seed = (
        &'static str,
        Option<&'static str>,
        &'static [&'static str],
        &'static [&'static str],
    );

    const SEEDS: &[Seed] = &[
        (
            include_str!("../../../fixtures/000_son_la_cchc_2016.txt"),
            Some("Cầm Ngọc Minh"),
            &["Cầm Ngọc Minh"],
            &["Lê Hồng"],
        ),
        (
            include_str!("../../../fixtures/001_bac_kan_cchc_2017.txt"),
            None,
            &["Lý Thái Hải"],
            &[],
        ),
        (
            include_str!("../../../fixtures/002_cchc_index_2015.txt"),
            None,
            &["Bùi Quang Cẩm"],
            &[],
        ),
        (
            include_str!("../../../fixtures/003_an_giang_cchc_2015.txt"),
            Some("Vương Bình Thạnh"),
            &["Vương Bình Thạnh"],
            &[],
        ),
        (
            include_str!("../../../fixtures/004_son_la_sipas_2022.txt"),
            Some("Hoàng Quốc Khánh"),
            &["Hoàng Quốc Khánh"],
            &["Khúc Thị Thu Hằng"],
        ),
    ];

    #[test]
    fn seeds() {
        for (i, (text, presiding, chairs, authors)) in SEEDS.iter().enumerate() {
            let people = find_people(text);
            assert_eq!(people.presiding.as_deref(), *presiding, "seed {i}");
            let names: Vec<&str> = people
                .chairpersons
                .iter()
                .map(|c| c.name.as_str())
                .collect();
            assert_eq!(names, *chairs, "seed {i}");
            let found_authors: Vec<&str> = people
                .people
                .iter()
                .filter(|p| p.role.is_some())
                .map(|p| p.name.as_str())
                .collect();
            assert_eq!(found_authors, *authors, "seed {i}");
            // Every person is a chair or an author on the seeds; none from chrome.
            assert_eq!(
                people.people.len(),
                chairs.len() + authors.len(),
                "seed {i}"
            );
            for p in &people.people {
                assert_eq!(&text[p.start..p.end], p.text, "seed {i}");
            }
        }
    }

    #[test]
    fn seed_titles_and_mentions() {
        let people = find_people(SEEDS[2].0);
        let chair = &people.chairpersons[0];
        assert_eq!(
            chair.titles,
            [
                "Tỉnh ủy viên",
                "Phó Chủ tịch UBND tỉnh",
                "Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"
            ]
        );
        assert_eq!(chair.bodies, ["Hội đồng Đánh giá, xác định chỉ số CCHC"]);
        assert_eq!(chair.mentions, 2);
        assert!(!chair.presided);

        let people = find_people(SEEDS[0].0);
        // Two named mentions and "Chủ tịch UBND tỉnh đã trao Bằng khen".
        assert_eq!(people.chairpersons[0].mentions, 3);
        assert!(people.chairpersons[0].presided);
    }

    /// True when `short` is `long` without some leading words.
    fn is_word_suffix(short: &str, long: &str) -> bool {
        long.len() > short.len()
            && long.ends_with(short)
            && long[..long.len() - short.len()].ends_with(' ')
    }

    /// A short reference resolved as first written: every person read, the
    /// one whose name is or ends with it, none when several do. The oracle
    /// of [`Endings`].
    fn resolve_by_scan(people: &[Person], short: &str) -> Option<usize> {
        let mut found = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.name == short || is_word_suffix(short, &p.name));
        let first = found.next()?;
        found.next().is_none().then_some(first.0)
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The endings map resolves every short reference as reading every
        /// person does, for names that end one another, one-word names and
        /// people added between references, as full names met after the
        /// first short reference are.
        #[test]
        fn endings_resolve_as_reading_every_person_does(
            before in proptest::collection::vec(proptest::collection::vec(0usize..6, 1..4), 0..6),
            steps in proptest::collection::vec(
                (proptest::bool::ANY, proptest::collection::vec(0usize..6, 1..4)), 0..12),
        ) {
            const WORDS: [&str; 6] = ["Nguyễn", "Văn", "An", "Thơ", "Đức", "Huỳnh"];
            let join = |words: &[usize]| words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
            let person = |name: String| Person {
                name: name.clone(),
                titles: Vec::new(),
                role: None,
                mentions: 1,
                text: name,
                start: 0,
                end: 0,
            };
            // People have distinct names: repeated mentions merge by name.
            let mut people: Vec<Person> = Vec::new();
            for name in before.iter().map(|w| join(w)) {
                if people.iter().all(|p| p.name != name) {
                    people.push(person(name));
                }
            }
            let mut endings = Endings::new(&people);
            for (add, words) in &steps {
                let name = join(words);
                if *add {
                    if people.iter().all(|p| p.name != name) {
                        people.push(person(name.clone()));
                        endings.add(people.len() - 1, &name);
                    }
                } else {
                    proptest::prop_assert_eq!(endings.resolve(&name), resolve_by_scan(&people, &name));
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(2000))]

        #[test]
        fn never_panics_and_offsets_hold(text in "\\PC{0,200}") {
            let people = find_people(&text);
            for p in &people.people {
                proptest::prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
            }
        }

        #[test]
        fn never_panics_on_title_soup(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Chủ", "tịch", "UBND", "tỉnh", "Phó", "Bí", "thư", "ông", "đồng", "chí",
                    "Nguyễn", "Văn", "A", "Hà", "Nội", ",", "-", "–", ";", ":", "chủ", "trì",
                    "Tác", "giả", "\n", "Đ/c", "H'Hen", "Niê", "(", ")", "của", "các", "4",
                    "Tác giả:", "(TTXVN)", "Bà", "Rịa", "Vũng", "Tàu", "tân", "cử", "tri", ".",
                    "…", "Hội", "đồng", "Đánh", "giá", "xác", "định", "chỉ", "số", "CCHC",
                    "Lê", "Hồng", "Thị", "Hòa", "Bình", "huyện", "Lục", "Ngạn", "Sở", "Xây",
                    "dựng", "Trưởng", "ban",
                ]),
                0..40,
            )
        ) {
            let text = words.join(" ");
            let people = find_people(&text);
            for p in &people.people {
                proptest::prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
            }
        }
    }
}
