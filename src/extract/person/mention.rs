//! Mentions: a name with the titles the text gives it, in the four shapes
//! of the module's rules (title then name, honorific then name then titles,
//! title then dash or comma then honorific and name, a bare name then
//! titles), with the offices an appointment gives; and unnamed chairs
//! ("Chủ tịch UBND tỉnh yêu cầu …"). Read segment by segment where
//! `cues.rs` finds a cue.

use foldhash::HashMap;

use super::cues::{is_chrome_line, next_cue, segment_end, segment_start};
use super::names::{
    self, Before, honorific_len, is_surname, is_weak_honorific, read_name, syllable_run,
};
use super::presided::{presided_after, presided_before};
use super::titles::{
    self, body_key, chaired_body, continuation_end, head_len, held_body, key, read_title,
};
use super::tokens::{Memo, Token, Tokens, is_capitalized, tokenize_into};
use super::{Chaired, Mention, UnnamedChair};
use crate::text::case::{eq_lower, is_lower};

/// Reads every mention and unnamed chair in text order, tokenizing only the
/// sentence segments that hold a cue word. A segment runs from the
/// terminator before it (kept as its first token, as rules look one token
/// back) to the terminator after it: no rule reads across one of these, so
/// a segment's tokens give the rules what the whole text's tokens would.
pub(super) fn scan_text(text: &str) -> (Vec<Mention>, Vec<UnnamedChair>) {
    let bytes = text.as_bytes();
    let mut mentions = Vec::new();
    let mut unnamed = UnnamedChairs::default();
    let mut toks: Vec<Token> = Vec::new();
    let mut memo = Memo::default();
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
        memo.reset(toks.len());
        scan(
            &Tokens::with_memo(text, &toks, &memo),
            &mut mentions,
            &mut unnamed,
        );
    }
    (mentions, unnamed.found)
}

/// The unnamed chairs found, with the key of each body met: a page naming
/// "Chủ tịch UBND tỉnh" in every sentence keys the body once, not once a
/// mention.
#[derive(Default)]
struct UnnamedChairs {
    found: Vec<UnnamedChair>,
    keys: HashMap<String, String>,
}

impl UnnamedChairs {
    fn push(&mut self, body: &str, at: usize, presided: bool) {
        let body_key = match self.keys.get(body) {
            Some(key) => key.clone(),
            None => {
                let key = body_key(body);
                self.keys.insert(body.to_owned(), key.clone());
                key
            }
        };
        self.found.push(UnnamedChair {
            body_key,
            at,
            presided,
        });
    }
}

/// Reads every mention and unnamed chair of one segment in token order.
fn scan(t: &Tokens, mentions: &mut Vec<Mention>, unnamed: &mut UnnamedChairs) {
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
    unnamed: &mut UnnamedChairs,
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
    let plural = is_plural(t, i);
    if name.is_none() && plural && t.punct(chain_end) == Some(':') {
        // "các Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền".
        name = read_name(t, chain_end + 1, Before::Bare).filter(|&(s, _)| s == chain_end + 1);
    }
    match name {
        Some((s, e)) => {
            if plural {
                // "4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch UBND TP Nguyễn Đức Chung":
                // only the last title is the named person's.
                titles.drain(..titles.len() - 1);
            }
            drop_deputy_conflicts(&mut titles);
            let (more, after) = trailing_titles(t, i, e);
            if plural && more.is_empty() {
                let title = titles.last().cloned().unwrap_or_default();
                mentions.push(mention(t, s, e, titles, false, i, after));
                return listed_names(t, after, &title, mentions);
            }
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
                unnamed.push(body, t.toks[k].start, presided);
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

/// The names listed after the first under a plural title, each a mention
/// holding that title: "các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn
/// Công Thanh". Only full names (a family name and more) over "," or "và".
/// Returns where the list ends.
fn listed_names(t: &Tokens, mut after: usize, title: &str, mentions: &mut Vec<Mention>) -> usize {
    loop {
        let mut k = after;
        if t.punct(k) == Some(',') {
            k += 1;
        }
        if t.is(k, "và") {
            k += 1;
        }
        if k == after {
            return after;
        }
        let Some((s, e)) = read_name(t, k, Before::Bare).filter(|&(s, e)| s == k && e - s >= 2)
        else {
            return after;
        };
        let mut listed = mention(t, s, e, vec![title.to_owned()], false, s, e);
        listed.listed = true;
        mentions.push(listed);
        after = e;
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
        let mut chain = read_titles(t, k);
        // "Chủ tịch UBND tỉnh Lê Trí Thanh, Chủ tịch UBMTTQ Việt Nam tỉnh Võ
        // Xuân Ca": a title that a name follows is that person's.
        if chain.last().is_some_and(|&(_, end)| {
            read_name(t, end, Before::Title).is_some_and(|(s, _)| s == end)
        }) {
            chain.pop();
        }
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
        listed: false,
        chaired,
    }
}
