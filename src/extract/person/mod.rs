//! People, their titles, chairpersons and who presided.
//!
//! # Rules
//!
//! A person is found in one of four shapes (see [`scan`]):
//! - title, then name: "Chủ tịch UBND tỉnh Lý Thái Hải", "Phó Thủ tướng
//!   Trương Hòa Bình", "Bí thư Thành ủy Hà Nội Hoàng Trung Hải" (a province
//!   between the body and the name belongs to the title);
//! - honorific, then name, then titles separated by "," or a dash: "đồng chí
//!   Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh", "ông Bùi Quang
//!   Cẩm - Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh";
//! - title, dash, honorific, name: "Chủ tịch Hội đồng … - ông Bùi Quang Cẩm";
//! - a bare name (first syllable a family name) followed by titles:
//!   "Trần Hoàng Danh, Bí thư Quận ủy".
//!
//! A name alone, with neither honorific nor title, is not reported: photo
//! credits, street names and places look the same.
//!
//! Repeated mentions of one name merge into one person; a short reference
//! ("ông Thơ") counts for the one full name it ends. A chair title ("Chủ tịch"
//! of any body, never "Phó Chủ tịch") makes a chairperson. An unnamed chair
//! ("Chủ tịch UBND tỉnh đã trao Bằng khen") counts as a mention of the named
//! chair of the same body, and is never turned into a person.
//!
//! A mention presided when "chủ trì"/"chủ tọa" follows it ("… Chủ tịch UBND
//! tỉnh đã chủ trì Hội nghị"), when "sự chủ trì của" precedes it, or when the
//! sentence opens with "chủ trì …," before it. `presiding` is the first such
//! mention's person (null when that mention names nobody the text names).
//!
//! Authors: "Tác giả: NAME, affiliation" and a lone name line (family name
//! first) right after the last paragraph. Footer lines ("Chịu trách nhiệm quản
//! lý nội dung: …", "Tổng biên tập: …") are page chrome and never read.
//!
//! Offsets: `text`/`start`/`end` are those of the first mention's name alone
//! (byte offsets). Titles are kept as written; two titles that differ only by
//! case or abbreviation ("UBND" = "Ủy ban nhân dân") are one.

mod names;
mod titles;
mod tokens;

use serde::Serialize;

use names::{Before, honorific_len, is_surname, is_weak_honorific, read_name, syllable_run};
use titles::{body_key, chaired_body, continuation_end, head_len, is_chair, key, read_title};
use tokens::{Tokens, eq_lower, is_capitalized, tokenize};

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
}

/// One named mention.
#[derive(Debug, Clone)]
struct Mention {
    name: String,
    titles: Vec<String>,
    start: usize,
    end: usize,
    /// A single syllable or a partial name after an honorific ("ông Thơ"):
    /// it only counts for a full name found elsewhere.
    short: bool,
    presided: bool,
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
    let toks = tokenize(text);
    let t = Tokens { text, toks: &toks };
    let (mentions, unnamed) = scan(&t);
    assemble(text, &t, mentions, unnamed)
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

/// For each token, whether it lies on a chrome line.
fn chrome_mask(t: &Tokens) -> Vec<bool> {
    let mut mask = vec![false; t.len()];
    let mut line_start = 0;
    let is_chrome = |line: &str| {
        let line = line.trim_start();
        CHROME_PREFIXES.iter().any(|p| line.starts_with(p))
    };
    let mut k = 0;
    for line in t.text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let chrome = is_chrome(line);
        while k < t.len() && t.toks[k].start < line_end {
            mask[k] = chrome;
            k += 1;
        }
        line_start = line_end;
    }
    mask
}

/// Reads every mention and unnamed chair in token order.
fn scan(t: &Tokens) -> (Vec<Mention>, Vec<UnnamedChair>) {
    let chrome = chrome_mask(t);
    let mut mentions = Vec::new();
    let mut unnamed = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if chrome[i] || t.word(i).is_none() {
            i += 1;
            continue;
        }
        let honorific = honorific_len(t, i);
        if honorific > 0 {
            let mut k = i + honorific;
            if t.punct(k) == Some(':') {
                k += 1;
            }
            if head_len(t, k) > 0 {
                i = after_titles_first(t, i, k, &mut mentions, &mut unnamed);
                continue;
            }
            if let Some((s, e)) = read_name(t, k, Before::Honorific) {
                let full = is_surname(t.word(s).unwrap_or("")) && e - s >= 2;
                if is_weak_honorific(t, i) && !full {
                    i = k.max(syllable_run(t, k));
                    continue;
                }
                let (titles, after) = trailing_titles(t, e);
                mentions.push(mention(t, s, e, titles, !full, i, after));
                i = after;
                continue;
            }
            i = k;
            continue;
        }
        if head_len(t, i) > 0 {
            i = after_titles_first(t, i, i, &mut mentions, &mut unnamed);
            continue;
        }
        let run = syllable_run(t, i);
        if run > i {
            if let Some((s, e)) = read_name(t, i, Before::Bare) {
                let (titles, after) = trailing_titles(t, e);
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
    (mentions, unnamed)
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
    if name.is_none() && t.punct(chain_end) == Some(',') {
        // "Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết": a comma before
        // a full name that a predicate follows.
        name = read_name(t, chain_end + 1, Before::Title)
            .filter(|&(s, e)| s == chain_end + 1 && t.word(e).is_some_and(|w| !is_capitalized(w)));
    }
    if name.is_none() && t.punct(chain_end) == Some('-') {
        let h = honorific_len(t, chain_end + 1);
        if h > 0 {
            name = read_name(t, chain_end + 1 + h, Before::Honorific)
                .filter(|&(s, e)| e - s >= 2 && is_surname(t.word(s).unwrap_or("")));
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
            let (more, after) = trailing_titles(t, e);
            let mut all = titles;
            all.extend(more);
            mentions.push(mention(t, s, e, all, false, i, after));
            after
        }
        None => {
            let presided = presided_after(t, chain_end);
            for title in &titles {
                if let Some(body) = chaired_body(title) {
                    unnamed.push(UnnamedChair {
                        body_key: body_key(body),
                        at: t.toks[k].start,
                        presided,
                    });
                }
            }
            chain_end
        }
    }
}

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
        out.push((k, end));
        match t.punct(end) {
            Some(',' | '-') if head_len(t, end + 1) > 0 => k = end + 1,
            _ => break,
        }
    }
    out
}

/// Titles after a name ("Name, Title, Title" or "Name - Title - Title"), and
/// the token after them.
fn trailing_titles(t: &Tokens, e: usize) -> (Vec<String>, usize) {
    if matches!(t.punct(e), Some(',' | '-')) && head_len(t, e + 1) > 0 {
        let chain = read_titles(t, e + 1);
        if let Some(&(_, end)) = chain.last() {
            let titles = chain
                .iter()
                .map(|&(s, e)| t.slice(s, e).to_owned())
                .collect();
            return (titles, end);
        }
    }
    (Vec::new(), e)
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
    Mention {
        name: t.slice(s, e).to_owned(),
        titles,
        start,
        end,
        short,
        presided: presided_after(t, after) || presided_before(t, begin),
    }
}

/// True when "chủ trì"/"chủ tọa" follows token `k`, after at most three
/// auxiliary words ("đã", "dự và", "cùng").
fn presided_after(t: &Tokens, k: usize) -> bool {
    const AUXILIARY: &[&str] = &["đã", "vừa", "dự", "và", "cùng", "sẽ", "trực", "tiếp"];
    let mut k = k;
    if t.punct(k) == Some(',') {
        k += 1;
    }
    for _ in 0..=3 {
        if is_preside_verb(t, k) {
            return true;
        }
        if !AUXILIARY.iter().any(|a| t.is(k, a)) {
            return false;
        }
        k += 1;
    }
    false
}

fn is_preside_verb(t: &Tokens, k: usize) -> bool {
    t.is(k, "chủ") && (t.is(k + 1, "trì") || t.is(k + 1, "tọa") || t.is(k + 1, "toạ"))
}

/// True when the mention beginning at token `b` is the agent of a "chủ trì"
/// before it: "dưới sự chủ trì của đồng chí X", or a sentence that opens with
/// "chủ trì …," ("Ngày 6/2, chủ trì buổi giao ban …, Chủ tịch UBND TP X").
fn presided_before(t: &Tokens, b: usize) -> bool {
    if b >= 3 && t.is(b - 1, "của") && is_preside_verb(t, b - 3) {
        return true;
    }
    // Back to the sentence start, at most 40 tokens.
    let mut k = b;
    let mut seen = None;
    while k > 0 && b - k < 40 {
        k -= 1;
        if let Some('.' | '\n' | '!' | '?' | ';') = t.punct(k) {
            break;
        }
        if is_preside_verb(t, k) {
            seen = Some(k);
        }
    }
    seen.is_some_and(|p| p == 0 || matches!(t.punct(p - 1), Some(',' | '.' | '\n')))
        && t.punct(b.saturating_sub(1)) == Some(',')
}

/// Merges mentions into people, links unnamed chairs, adds authors.
fn assemble(text: &str, t: &Tokens, mentions: Vec<Mention>, unnamed: Vec<UnnamedChair>) -> People {
    let mut people: Vec<Person> = Vec::new();
    // (person index, byte offset, presided) for each counted mention.
    let mut hits: Vec<(usize, usize, bool)> = Vec::new();
    for m in mentions.iter().filter(|m| !m.short) {
        let index = person_index(&mut people, m);
        hits.push((index, m.start, m.presided));
    }
    for m in mentions.iter().filter(|m| m.short) {
        if let Some(index) = resolve_short(&people, &m.name) {
            add_titles(&mut people[index].titles, &m.titles);
            people[index].mentions += 1;
            hits.push((index, m.start, m.presided));
        } else if m.name.split(' ').count() >= 2 {
            // A full name without a known family name ("bà Yoonhee Kim").
            let index = person_index(&mut people, m);
            hits.push((index, m.start, m.presided));
        }
    }
    // Unnamed chairs count for the named chair of the same body.
    let mut presiders: Vec<(usize, Option<usize>)> = Vec::new();
    for u in &unnamed {
        match linked_chair(&people, &hits, u) {
            Some(index) => {
                people[index].mentions += 1;
                hits.push((index, u.at, u.presided));
            }
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
    let presiding = presiders
        .first()
        .and_then(|p| p.1)
        .map(|index| people[index].name.clone());
    let presided: Vec<bool> = (0..people.len())
        .map(|index| hits.iter().any(|h| h.0 == index && h.2))
        .collect();
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
    add_authors(text, t, &mut people);
    People {
        people,
        chairpersons,
        presiding,
    }
}

/// The index of the person named by `m`, created at its first mention.
fn person_index(people: &mut Vec<Person>, m: &Mention) -> usize {
    if let Some(index) = people.iter().position(|p| p.name == m.name) {
        let p = &mut people[index];
        p.mentions += 1;
        add_titles(&mut p.titles, &m.titles);
        return index;
    }
    let mut titles = Vec::new();
    add_titles(&mut titles, &m.titles);
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

/// Adds `new` titles to `titles`, one per key; a title that only adds words
/// at the end of one already there ("Chủ tịch UBND tỉnh Quảng Ninh" after
/// "Chủ tịch UBND tỉnh") replaces it.
fn add_titles(titles: &mut Vec<String>, new: &[String]) {
    for title in new {
        let k = key(title);
        let mut dominated = false;
        for old in titles.iter_mut() {
            let old_key = key(old);
            if old_key == k || is_word_prefix(&k, &old_key) {
                dominated = true;
                break;
            }
            if is_word_prefix(&old_key, &k) {
                old.clone_from(title);
                dominated = true;
                break;
            }
        }
        if !dominated {
            titles.push(title.clone());
        }
    }
}

/// True when `short` is `long` cut at a word boundary.
fn is_word_prefix(short: &str, long: &str) -> bool {
    long.len() > short.len() && long.starts_with(short) && long[short.len()..].starts_with(' ')
}

/// True when `short` is `long` without some leading words.
fn is_word_suffix(short: &str, long: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long[..long.len() - short.len()].ends_with(' ')
}

/// The one full name a short reference ends ("Thơ" → "Huỳnh Đức Thơ").
fn resolve_short(people: &[Person], short: &str) -> Option<usize> {
    let mut found = people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.name == short || is_word_suffix(short, &p.name));
    let first = found.next()?;
    found.next().is_none().then_some(first.0)
}

/// The named chair an unnamed chair reference stands for: same body key (or
/// one a word prefix of the other), the most recently mentioned before it,
/// else the first.
fn linked_chair(
    people: &[Person],
    hits: &[(usize, usize, bool)],
    u: &UnnamedChair,
) -> Option<usize> {
    let matches = |p: &Person| {
        p.titles
            .iter()
            .filter_map(|title| chaired_body(title))
            .any(|body| {
                let k = body_key(body);
                k == u.body_key
                    || is_word_prefix(&k, &u.body_key)
                    || is_word_prefix(&u.body_key, &k)
            })
    };
    let candidates: Vec<usize> = (0..people.len()).filter(|&i| matches(&people[i])).collect();
    let before = hits
        .iter()
        .filter(|h| h.1 < u.at && candidates.contains(&h.0))
        .max_by_key(|h| h.1)
        .map(|h| h.0);
    before.or_else(|| candidates.first().copied())
}

/// Bylines: "Tác giả: NAME, affiliation" and a lone name line right after
/// the last paragraph.
fn add_authors(text: &str, t: &Tokens, people: &mut Vec<Person>) {
    let mut authors: Vec<(usize, usize, Option<String>)> = Vec::new();
    let mut offset = 0;
    let mut last_paragraph_end = None;
    let mut lines = Vec::new();
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        lines.push((start + lead, body.trim()));
        if body.split_whitespace().count() >= 20 {
            last_paragraph_end = Some(lines.len());
        }
    }
    for &(start, line) in &lines {
        let Some(rest) = line.strip_prefix("Tác giả") else {
            continue;
        };
        let rest_trim = rest.trim_start();
        let Some(after_colon) = rest_trim.strip_prefix(':') else {
            continue;
        };
        let name_at = start + (line.len() - after_colon.len());
        let lead = after_colon.len() - after_colon.trim_start().len();
        if let Some((s, e, affiliation)) = byline_name(t, name_at + lead, start + line.len()) {
            authors.push((s, e, affiliation));
        }
    }
    if let Some(next) = last_paragraph_end.and_then(|i| lines[i..].iter().find(|l| !l.1.is_empty()))
    {
        let (start, line) = *next;
        if let Some((s, e, None)) = byline_name(t, start, start + line.len()) {
            let first = &text[s..e].split(' ').next().unwrap_or("");
            if is_surname(first) && text[s..e].split(' ').count() <= 4 {
                authors.push((s, e, None));
            }
        }
    }
    for (s, e, affiliation) in authors {
        let name = &text[s..e];
        if let Some(p) = people.iter_mut().find(|p| p.name == name) {
            p.role = Some("author".to_owned());
            continue;
        }
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

/// A name of 2 to 5 syllables at byte `at` that fills the line up to
/// `line_end` or is followed by a comma and an affiliation. Byte span and
/// the affiliation.
fn byline_name(t: &Tokens, at: usize, line_end: usize) -> Option<(usize, usize, Option<String>)> {
    let i = t.toks.iter().position(|tok| tok.start >= at)?;
    let e = syllable_run(t, i);
    if !(2..=5).contains(&(e - i)) || names::place_at(t, i, e) == e - i {
        return None;
    }
    let (s_byte, e_byte) = t.span(i, e);
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
