//! Authors (`role` "author"): a byline labelled "Tác giả:", "Tin, ảnh:",
//! "Bài và ảnh:" … (never "Ảnh:"), and names closing the last paragraph or
//! alone on the line after it ("… cao hơn. Dương Chiến", "Chu Thanh Vân
//! (TTXVN)"), family name first.

use foldhash::HashMap;

use super::Person;
use super::names::{self, is_surname, syllable_run};
use super::tokens::{Token, Tokens, is_acronym, line_tokens, tokenize_into};

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
pub(super) fn add_authors(
    text: &str,
    people: &mut Vec<Person>,
    by_name: &mut HashMap<String, usize>,
) {
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
        let t = Tokens::new(text, &toks);
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
            let t = Tokens::new(text, &toks);
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

/// The longest line without a sentence end that may close a report as its
/// byline: such a line must be names alone ("NAME - NAME (TTXVN)"), and
/// 1,000 bytes hold about forty of them. Longer lines are not tokenized: a
/// page of one 8 MB line took 190 MB of tokens here (issue 16).
const MAX_BYLINE_LINE: usize = 1_000;

/// The tokens [`closing_names`] reads of the line `start..end`: those from
/// its last sentence end on ('.', '!' or '?', each a token of its own), past
/// which that rule never reads, else the whole line's; none when what it
/// would read is longer than [`MAX_BYLINE_LINE`].
fn closing_tokens(text: &str, start: usize, end: usize) -> Vec<Token> {
    let from = text.as_bytes()[start..end]
        .iter()
        .rposition(|&b| matches!(b, b'.' | b'!' | b'?'))
        .map(|p| start + p);
    match from {
        Some(from) => {
            let (_, line_end) = line_around(text.as_bytes(), from);
            if line_end - from > MAX_BYLINE_LINE {
                return Vec::new();
            }
            let mut toks = Vec::new();
            tokenize_into(text, from, line_end, &mut toks);
            toks
        }
        None if end - start <= MAX_BYLINE_LINE => line_tokens(text, start),
        None => Vec::new(),
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
    use super::super::find_people;
    use super::MAX_BYLINE_LINE;

    fn authors(text: &str) -> Vec<String> {
        find_people(text)
            .people
            .into_iter()
            .filter(|p| p.role.as_deref() == Some("author"))
            .map(|p| p.name)
            .collect()
    }

    const PARAGRAPH: &str = "Hội nghị đã thống nhất các giải pháp nâng cao chỉ số cải cách hành chính \
        của tỉnh trong năm tới và giao các sở, ngành triển khai ngay.\n";

    /// A closing line of names joined by dashes is a byline while it is
    /// short, and no longer read past [`MAX_BYLINE_LINE`] bytes.
    #[test]
    fn a_closing_line_of_names_is_read_up_to_its_limit() {
        let short = format!("{PARAGRAPH}Nguyễn Văn An - Trần Thị Bình\n");
        assert_eq!(authors(&short), ["Nguyễn Văn An", "Trần Thị Bình"]);
        let names = ["Nguyễn Văn An", "Trần Thị Bình"].repeat(40).join(" - ");
        assert!(names.len() > MAX_BYLINE_LINE, "{}", names.len());
        let long = format!("{PARAGRAPH}{names}\n");
        assert_eq!(authors(&long), Vec::<String>::new());
    }
}
