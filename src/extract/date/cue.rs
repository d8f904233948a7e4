//! The words around a date that decide what it is: cues that make "13/3" a
//! day, prefixes that belong to the date expression, times of day, and the
//! marks of a cited document.
//!
//! Word boundaries are written `[^\p{L}\x{345}]` outside `(?i)`: the same set
//! as `(?i)[^\p{L}]` (U+0345 folds to a letter), much cheaper to build.

use std::sync::LazyLock;

use regex::Regex;

use super::prefilter;

/// At most `max_chars` characters before byte `pos`, cut at the start of the
/// line: a cue never reaches over a line end.
pub fn window_before(text: &str, pos: usize, max_chars: usize) -> &str {
    let start = prefilter::chars_back(text, pos, max_chars);
    // '\n' is ASCII: a byte search finds it.
    let start =
        memchr::memrchr(b'\n', &text.as_bytes()[start..pos]).map_or(start, |i| start + i + 1);
    &text[start..pos]
}

pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

pub fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// The second character after `pos` (the one after `char_after`).
pub fn second_char_after(text: &str, pos: usize) -> Option<char> {
    let mut it = text[pos..].chars();
    it.next();
    it.next()
}

/// Words that make a bare "D/M" a day: "ngày 30/12", "Chiều 13-3", "Sáng nay
/// 30/12", "Chiều nay (8/2)", "Hôm qua, 11/1", "mùng 2/9", "Thứ Ba, 27/12".
/// Without one, "50/53" is a ratio.
static YEARLESS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}\x{345}])(?i:ngày|hôm|sáng|chiều|tối|trưa|đêm|mồng|mùng|(?:sáng|chiều|tối|trưa|đêm|hôm) (?:nay|qua)|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|mon|tue|wed|thu|fri|sat|sun)\s*[,(]?\s*$",
    )
    .unwrap()
});

pub fn has_yearless_cue(text: &str, start: usize) -> bool {
    YEARLESS_CUE.is_match(window_before(text, start, 24))
}

/// Connectors that carry a cue over to the next day: "ngày 30/6 và 1/7",
/// "ngày 30/6 đến 2/7". Not a comma: "ngày 3/7, 12/12 đề án" lists a ratio.
/// `^\s*(?:và|đến|tới|-|–|—)\s*$`, compared by hand (`trim` strips what `\s`
/// matches), so a long gap costs no more than its two ends.
pub fn is_chain(between: &str) -> bool {
    matches!(between.trim(), "và" | "đến" | "tới" | "-" | "–" | "—")
}

/// What may stand before a day and belongs to it: a weekday, a time of day
/// ("sáng nay", "hôm qua"), a clock time, the word "ngày", "mồng"/"mùng".
/// Matches the empty string when nothing does.
const PREFIX_BODY: &str = r"(?i)(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|mon|tue|wed|thu|fri|sat|sun)\s*,?\s*)?(?:(?:(?:rạng sáng|sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?|hôm (?:nay|qua|kia))\s*,?\s*)?(?:(?:(?:vào\s+)?lúc\s+)?(?:(\d{1,2})\s*(?:giờ|h)\s*(\d{2})?(?:\s*phút)?|(\d{1,2}):(\d{2}))\s*,?\s*)?(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?";

/// `PREFIX_BODY` up to the end of the window: found without captures.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("{PREFIX_BODY}$")).unwrap());

/// `PREFIX_BODY` as the whole of a found prefix: its groups, read only from
/// the matched slice, are those `PREFIX` would have captured there.
static PREFIX_WHOLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^(?:{PREFIX_BODY})$")).unwrap());

/// Start of the date expression once its prefix is included, and the clock
/// time the prefix holds.
pub fn extend_prefix(text: &str, start: usize) -> (usize, Option<(u8, u8)>) {
    let window = window_before(text, start, 48);
    let base = start - window.len();
    // The regex finds the leftmost match that reaches the end; skip ones that
    // begin inside a word ("...ngày" is never glued, but "Sat" could be).
    let mut from = 0;
    while from <= window.len() {
        let Some(m) = PREFIX.find_at(window, from) else {
            break;
        };
        let glued = char_before(window, m.start()).is_some_and(char::is_alphanumeric);
        if m.is_empty() || !glued {
            // A clock needs a `\d`; every `\d` is numeric, so without a
            // numeric char the groups are all empty.
            let found = m.as_str();
            if !found.chars().any(char::is_numeric) {
                return (base + m.start(), None);
            }
            let c = PREFIX_WHOLE
                .captures(found)
                .expect("the slice matched PREFIX");
            let (h, min) = match (c.get(1), c.get(3)) {
                (Some(h), _) => (Some(h), c.get(2)),
                (None, Some(h)) => (Some(h), c.get(4)),
                _ => (None, None),
            };
            let time = h.and_then(|h| clock(h.as_str(), min.map(|m| m.as_str())));
            // An impossible clock ("25 giờ") means the prefix is not ours.
            if h.is_some() && time.is_none() {
                return (start, None);
            }
            return (base + m.start(), time);
        }
        from = m.start() + window[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    (start, None)
}

/// A clock time written after a day: "27/12/2016 17:00", "ngày 24/12/2016 lúc
/// 8 giờ 30".
static SUFFIX_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\s*,)?\s*(?:(?:vào\s+)?lúc\s+(\d{1,2})\s*(?:giờ|h|:)\s*(\d{2})?(?:\s*phút)?|(\d{1,2}):(\d{2})|(\d{1,2})\s*giờ(?:\s*(\d{2})(?:\s*phút)?)?)",
    )
    .unwrap()
});

/// The clock time after byte `end`, and where it ends.
pub fn suffix_time(text: &str, end: usize) -> Option<(usize, (u8, u8))> {
    // Past spaces and a comma, a time opens with "vào", "lúc" or a digit:
    // after most dates something else comes, and the regex is not asked.
    let rest = text[end..].trim_start();
    let rest = rest.strip_prefix(',').map_or(rest, str::trim_start);
    if !rest.starts_with(|c: char| c == 'v' || c == 'l' || c.is_numeric()) {
        return None;
    }
    suffix_time_by_regex(text, end)
}

/// [`suffix_time`] without its pre-check: the regex right after `end`.
fn suffix_time_by_regex(text: &str, end: usize) -> Option<(usize, (u8, u8))> {
    let c = SUFFIX_TIME.captures(&text[end..])?;
    let m = c.get(0)?;
    let after = end + m.end();
    if char_after(text, after).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, min) = if let Some(h) = c.get(1) {
        (h, c.get(2))
    } else if let Some(h) = c.get(3) {
        (h, c.get(4))
    } else {
        (c.get(5)?, c.get(6))
    };
    let time = clock(h.as_str(), min.map(|m| m.as_str()))?;
    Some((after, time))
}

fn clock(h: &str, m: Option<&str>) -> Option<(u8, u8)> {
    let h: u8 = h.parse().ok()?;
    let m: u8 = m.map_or(Some(0), |m| m.parse().ok())?;
    (h < 24 && m < 60).then_some((h, m))
}

/// Marks of a cited document right before a day: a document number
/// ("06/GP-TTĐT", "số 02", "số 439 – QĐNS/TW") or an act of issuing ("ban
/// hành", "thông qua", "có hiệu lực từ"). With `LAW_BEFORE` and
/// `BASIS_LINE` it is one pattern as first written (`document_before_as_one`
/// in the tests), split so that the counted repetitions of those two, which
/// made the reverse search read far back from every day, run only where
/// their words are.
static DOCUMENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:^|[^\p{L}\x{345}])(?i:số)\s*:?\s*[^\s,;]*\d[^\s,;]*(?:\s*[-–]\s*[^\s,;]+)?|\d[\p{L}\d.]*(?:/[\p{L}\d&.-]+)*/\p{L}[\p{L}\d&.-]*|(?i:ban hành|thông qua|được ký|ký ban hành|có hiệu lực(?: thi hành)?(?: kể)?(?: từ)?|hiệu lực thi hành(?: kể)?(?: từ)?))\s*,?\s*(?i:ngày\s*)?$",
    )
    .unwrap()
});

/// A law cited by name without number ("Luật tổ chức chính quyền địa
/// phương ngày 19 tháng 6 năm 2015").
static LAW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^,;.()]{0,80}\s*,?\s*(?i:ngày\s*)?$").unwrap()
});

/// A line of a resolution's basis: "Căn cứ Nghị định ... ngày", "Xét đề
/// nghị ... ngày". Run from a line start.
static BASIS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?i:căn cứ|xét)[^;]{0,160}\s*,?\s*(?i:ngày\s*)?$").unwrap()
});

/// `LAW_BEFORE` in `window`: a match holds none of ";.()", so it lies
/// after the last of them, and holds a law word.
fn law_before(window: &str) -> bool {
    let b = window.as_bytes();
    let cut = memchr::memrchr3(b';', b'.', b'(', b)
        .into_iter()
        .chain(memchr::memrchr(b')', b))
        .max()
        .map_or(0, |i| i + 1);
    let tail = &window[cut..];
    (tail.contains("uật") || tail.contains("Hiến pháp") || tail.contains("Pháp lệnh"))
        && LAW_BEFORE.is_match(tail)
}

/// `text` starts with `word` (lowercase) in any case: `(?i)` folds each
/// letter of the words asked here only with its uppercase form.
fn starts_with_folded(text: &str, word: &str) -> bool {
    let mut chars = text.chars();
    word.chars().all(|w| {
        chars
            .next()
            .is_some_and(|c| c == w || c.to_lowercase().eq([w]))
    })
}

/// `(?:^|\n)` then `BASIS_LINE` in `window`: a match holds no ";", so its
/// line starts after the last one; the line must open with its word.
fn basis_line_before(window: &str) -> bool {
    let b = window.as_bytes();
    let from = memchr::memrchr(b';', b).map_or(0, |i| i + 1);
    let line_starts = (from == 0)
        .then_some(0)
        .into_iter()
        .chain(memchr::memchr_iter(b'\n', &b[from..]).map(|i| from + i + 1));
    line_starts.into_iter().any(|start| {
        let line = &window[start..];
        let words = line.trim_start_matches([' ', '\t']);
        (starts_with_folded(words, "căn cứ") || starts_with_folded(words, "xét"))
            && BASIS_LINE.is_match(line)
    })
}

/// A date followed by its issuer is a document's: "ngày 06/06/2017 của Uỷ
/// ban nhân dân tỉnh", "15/11/2014 của Chính phủ".
static DOCUMENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:của|do)\s+(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Thủ tướng|Chính phủ|Bộ|Ban|Sở|Tỉnh ủy|Thành ủy|Quốc hội|Văn phòng|Tổng cục|Cục)",
    )
    .unwrap()
});

/// Up to `max_chars` before `pos`, across single line ends (resolutions
/// break lines inside a sentence) but not across a blank line.
pub(super) fn lines_before(text: &str, pos: usize, max_chars: usize) -> &str {
    let start = prefilter::chars_back(text, pos, max_chars);
    // From the end, the first line end that has only whitespace between
    // it and the next one closes a blank line.
    let mut next: Option<usize> = None;
    for at in memchr::memrchr_iter(b'\n', &text.as_bytes()[start..pos]).map(|i| start + i) {
        if next.is_some_and(|next| text[at + 1..next].chars().all(char::is_whitespace)) {
            return &text[at + 1..pos];
        }
        next = Some(at);
    }
    &text[start..pos]
}

/// A day that leads the issuing of a numbered document: "Ngày 21/5/2024,
/// UBND huyện Gio Linh có quyết định số 2257/QĐ-UBND", "Ngày 3/7, Sở đã ban
/// hành Công văn số 12". The issuer stands between, in the same clause (no
/// ",", ".", ";", ":" or line end); the number is needed (a meeting's day
/// "ra kế hoạch" is an event's).
static DOCUMENT_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,\s*[^,.;:\n]*?\s(?:đã\s+)?(?i:có|ban hành|ký|ra)\s+(?i:quyết định|công văn|văn bản|chỉ thị|thông báo|kế hoạch|nghị quyết|thông tư|nghị định|tờ trình|báo cáo)\s+(?i:số\s*)?\d",
    )
    .unwrap()
});

pub fn is_document_date(text: &str, start: usize, end: usize) -> bool {
    document_before(lines_before(text, start, 200))
        || DOCUMENT_AFTER.is_match(&text[end..])
        || (text[end..].trim_start().starts_with(',') && DOCUMENT_LEAD.is_match(&text[end..]))
}

/// A cited document's marks end `window`.
fn document_before(window: &str) -> bool {
    DOCUMENT_BEFORE.is_match(window) || law_before(window) || basis_line_before(window)
}

/// A year that frames nothing: a target ("đến năm 2030", "tầm nhìn"), a
/// baseline ("so với năm 2010", "cùng kỳ năm 2016", "cao hơn năm 2016"), a
/// birth year ("sinh năm 1953"), a law's year ("Luật HTX năm 2012").
static NOT_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:^|[^\p{L}\x{345}])(?i:đến|tới|tầm nhìn|trước|sinh|từ|vào|so với|cùng kỳ|hơn)\s*$|(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^,;.]{0,60}$)")
        .unwrap()
});

pub fn is_not_frame(text: &str, start: usize) -> bool {
    NOT_FRAME.is_match(window_before(text, start, 80))
}

/// A year that is being reviewed ("tổng kết ... năm 2015", "chỉ số ... năm
/// 2015"): the review itself takes place in that year's last weeks or early
/// in the next. A plan word after the review word ("tổng kết năm 2015 triển
/// khai kế hoạch năm 2016") makes the later year a planned one. A mid-term
/// review ("sơ kết") is of the current year, so it shifts nothing.
static REVIEW_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)tổng kết|đánh giá|công bố|kết quả|xác định chỉ số").unwrap());
static PLAN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)triển khai|kế hoạch|nhiệm vụ|phương hướng|mục tiêu|[.;]").unwrap()
});

pub fn is_reviewed_year(text: &str, start: usize) -> bool {
    let window = window_before(text, start, 80);
    let last = |re: &Regex| re.find_iter(window).last().map(|m| m.start());
    // Plan words are looked for only after a review word.
    let Some(review) = last(&REVIEW_WORD) else {
        return false;
    };
    last(&PLAN_WORD).is_none_or(|plan| review > plan)
}

/// How far a sentence may reach either side of a date, in bytes: enough for
/// any real sentence, and it keeps the cost per date bounded.
pub const SENTENCE_REACH: usize = 1500;

/// Byte range of the sentence around `start..end`: cut at line ends and at
/// ". ", "; ".
pub fn sentence_range(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    sentence_cut_at(text, start, end, true)
}

/// [`sentence_range`] cut only at line ends and ". ": a ";" inside
/// separates the items of a list. The event rule asks it of
/// `event_index::Sentences`, which answers it without walking; this is its
/// oracle.
#[cfg(test)]
pub fn sentence_to_period(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    sentence_cut_at(text, start, end, false)
}

/// How far a sentence around `start..end` may reach: `SENTENCE_REACH` bytes
/// either side, at char boundaries.
pub fn sentence_reach(text: &str, start: usize, end: usize) -> (usize, usize) {
    let lo = text.floor_char_boundary(start.saturating_sub(SENTENCE_REACH));
    let hi = text.ceil_char_boundary(end + SENTENCE_REACH);
    (lo, hi)
}

/// The sentence around `start..end`, cut at ";" too when `semicolon`.
fn sentence_cut_at(
    text: &str,
    start: usize,
    end: usize,
    semicolon: bool,
) -> std::ops::Range<usize> {
    let (lo, hi) = sentence_reach(text, start, end);
    // Byte searches: every mark is ASCII, so a hit is always a char boundary.
    let line = if semicolon { b';' } else { b'\n' };
    let head = &text.as_bytes()[lo..start];
    let line_or_semicolon = memchr::memrchr2(b'\n', line, head).map(|i| i + 1);
    let from = line_or_semicolon
        .into_iter()
        .chain(last_period_space(head).map(|i| i + 2))
        .max()
        .map_or(lo, |i| lo + i);
    let tail = &text.as_bytes()[end..hi];
    let to = memchr::memchr3_iter(b'\n', line, b'.', tail)
        .find(|&i| tail[i] != b'.' || tail.get(i + 1) == Some(&b' '))
        .map_or(hi, |i| end + i);
    from..to
}

/// Byte offset of the last ". " in `hay`.
fn last_period_space(hay: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(b'.', hay).find(|&i| hay.get(i + 1) == Some(&b' '))
}

/// Words that open a range: "từ ngày 1/1 đến ...".
static FROM_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}\x{345}])(?i:từ|kể từ)\s*$").unwrap());

/// Start of the "từ" that opens a range ending at `start`, if any.
pub fn range_opener(text: &str, start: usize) -> Option<usize> {
    let window = window_before(text, start, 12);
    let m = FROM_BEFORE.find(window)?;
    let skip = window[m.start()..]
        .chars()
        .next()
        .filter(|c| !c.is_alphabetic())
        .map_or(0, char::len_utf8);
    Some(start - window.len() + m.start() + skip)
}

/// What joins the two ends of a range: `^\s*(?:đến|tới|cho đến)\s*$`, or a
/// lone dash when `dash_ok`. Compared by hand, as `is_chain`.
pub fn is_range_join(between: &str, dash_ok: bool) -> bool {
    let t = between.trim();
    if matches!(t, "đến" | "tới" | "cho đến") {
        return true;
    }
    let mut chars = t.chars();
    dash_ok
        && matches!((chars.next(), chars.next()), (Some(c), None) if crate::text::dash::is_dash(c))
}

/// Keywords before a span of years: "giai đoạn 2016-2020", "nhiệm kỳ 2016 -
/// 2021", "(2016-2020)". Group 1 is the keyword kept in the fact's text.
static YEARS_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:^|[^\p{L}\x{345}])(?i:(giai đoạn|nhiệm kỳ|thời kỳ|niên độ|khóa|kỳ|năm|từ năm))\s*|\(\s*)$",
    )
    .unwrap()
});

/// If a span of years at `start` has a keyword or bracket before it: the
/// start of the keyword (or `start` itself after a bracket).
pub fn years_keyword(text: &str, start: usize) -> Option<usize> {
    let window = window_before(text, start, 16);
    let c = YEARS_KEYWORD.captures(window)?;
    let base = start - window.len();
    Some(c.get(1).map_or(start, |k| base + k.start()))
}

/// Words that make a day a limit rather than an event: "đến ngày 30/6",
/// "trước ngày", "từ ngày".
static LIMIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}\x{345}])(?i:đến|tới|trước|từ|sau|hạn|chậm nhất|kể từ|hết|tính đến)\s*$",
    )
    .unwrap()
});

pub fn is_limit(text: &str, start: usize) -> bool {
    LIMIT_BEFORE.is_match(window_before(text, start, 16))
}

#[cfg(test)]
mod boundary_tests {
    use super::*;
    use proptest::prelude::*;

    /// The check before the regex turns away no time the regex reads: every
    /// separator, opening word, time and tail, after a date.
    #[test]
    fn suffix_time_is_the_regex_s() {
        let mut times = 0;
        for sep in ["", " ", ",", " , ", "\n", "\u{a0}", " ,\n "] {
            for open in ["", "vào lúc ", "lúc ", "Lúc ", "vào ", "l", "v", "tại "] {
                for time in [
                    "8 giờ",
                    "17:00",
                    "8h30",
                    "8 giờ 30 phút",
                    "8:3",
                    "٣:00",
                    "x",
                    "",
                ] {
                    for tail in ["", ",", " ngày", "5"] {
                        let text = format!("24/12/2016{sep}{open}{time}{tail}");
                        let by_regex = suffix_time_by_regex(&text, 10);
                        assert_eq!(suffix_time(&text, 10), by_regex, "{text:?}");
                        times += usize::from(by_regex.is_some());
                    }
                }
            }
        }
        // The texts hold times, not only the check's easy refusals.
        assert!(times > 100, "{times}");
    }

    /// The patterns as first written, with `(?i)` over the boundary.
    fn folded(pattern: &str) -> Regex {
        Regex::new(pattern).unwrap()
    }

    /// `extend_prefix` as first written: captures at every start.
    fn extend_prefix_by_captures(text: &str, start: usize) -> (usize, Option<(u8, u8)>) {
        let re = Regex::new(&format!("{PREFIX_BODY}$")).unwrap();
        let window = window_before(text, start, 48);
        let base = start - window.len();
        let mut from = 0;
        while from <= window.len() {
            let Some(c) = re.captures_at(window, from) else {
                break;
            };
            let m = c.get(0).unwrap();
            let glued = char_before(window, m.start()).is_some_and(char::is_alphanumeric);
            if m.is_empty() || !glued {
                let (h, min) = match (c.get(1), c.get(3)) {
                    (Some(h), _) => (Some(h), c.get(2)),
                    (None, Some(h)) => (Some(h), c.get(4)),
                    _ => (None, None),
                };
                let time = h.and_then(|h| clock(h.as_str(), min.map(|m| m.as_str())));
                if h.is_some() && time.is_none() {
                    return (start, None);
                }
                return (base + m.start(), time);
            }
            from = m.start() + window[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        (start, None)
    }

    proptest! {
        /// Finding the prefix first and capturing only in it gives what
        /// captures at every start gave.
        #[test]
        fn prefix_as_by_captures(s in "(ngày|Ngày|thứ hai|Thứ 7|chủ nhật|Sat|sat|sáng|Chiều|rạng sáng| nay|vào|lúc|giờ|h|phút|8|25|30|0|:|٣|,| |\n|a|Xsat){0,10}") {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                prop_assert_eq!(extend_prefix(&s, i), extend_prefix_by_captures(&s, i));
            }
        }
    }

    proptest! {
        /// The boundary outside `(?i)` matches as it did inside.
        #[test]
        fn boundaries_match_as_folded(s in "(ngày|NGÀY|từ|Từ|kể từ|đến|số|sinh|năm|kỳ|lễ|trao|tiếp đoàn|hội nghị|a|\u{345}|ι|1| |,|\n){0,8}") {
            let pairs: [(&Regex, Regex); 5] = [
                (&YEARLESS_CUE, folded(r"(?i)(?:^|[^\p{L}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|mồng|mùng|(?:sáng|chiều|tối|trưa|đêm|hôm) (?:nay|qua)|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|mon|tue|wed|thu|fri|sat|sun)\s*[,(]?\s*$")),
                (&FROM_BEFORE, folded(r"(?i)(?:^|[^\p{L}])(?:từ|kể từ)\s*$")),
                (&LIMIT_BEFORE, folded(r"(?i)(?:^|[^\p{L}])(?:đến|tới|trước|từ|sau|hạn|chậm nhất|kể từ|hết|tính đến)\s*$")),
                (&NOT_FRAME, folded(r"(?:(?i:(?:^|[^\p{L}])(?:đến|tới|tầm nhìn|trước|sinh|từ|vào|so với|cùng kỳ|hơn))\s*$|(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^,;.]{0,60}$)")),
                (&DOCUMENT_BEFORE, folded(r"(?:(?i:(?:^|[^\p{L}])số)\s*:?\s*[^\s,;]*\d[^\s,;]*(?:\s*[-–]\s*[^\s,;]+)?|\d[\p{L}\d.]*(?:/[\p{L}\d&.-]+)*/\p{L}[\p{L}\d&.-]*|(?i:ban hành|thông qua|được ký|ký ban hành|có hiệu lực(?: thi hành)?(?: kể)?(?: từ)?|hiệu lực thi hành(?: kể)?(?: từ)?))\s*,?\s*(?i:ngày\s*)?$")),
            ];
            for (new, old) in &pairs {
                let spans = |re: &Regex| re.find_iter(&s).map(|m| m.range()).collect::<Vec<_>>();
                prop_assert_eq!(spans(new), spans(old));
            }
            let chain = folded(r"^\s*(?:và|đến|tới|-|–|—)\s*$");
            prop_assert_eq!(is_chain(&s), chain.is_match(&s));
            let join = folded(r"^\s*(?:đến|tới|cho đến)\s*$");
            prop_assert_eq!(is_range_join(&s, false), join.is_match(&s));
            let years = folded(r"(?i)(?:(?:^|[^\p{L}])((?:giai đoạn|nhiệm kỳ|thời kỳ|niên độ|khóa|kỳ|năm|từ năm))\s*|\(\s*)$");
            let groups = |re: &Regex| re.captures(&s).map(|c| (c.get(0).map(|m| m.range()), c.get(1).map(|m| m.range())));
            prop_assert_eq!(groups(&YEARS_KEYWORD), groups(&years));
        }
    }

    /// `DOCUMENT_BEFORE` as first written: one pattern, law and basis line
    /// included.
    static DOCUMENT_BEFORE_AS_ONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:(?:^|[^\p{L}\x{345}])(?i:số)\s*:?\s*[^\s,;]*\d[^\s,;]*(?:\s*[-–]\s*[^\s,;]+)?|\d[\p{L}\d.]*(?:/[\p{L}\d&.-]+)*/\p{L}[\p{L}\d&.-]*|(?i:ban hành|thông qua|được ký|ký ban hành|có hiệu lực(?: thi hành)?(?: kể)?(?: từ)?|hiệu lực thi hành(?: kể)?(?: từ)?)|(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)[^,;.()]{0,80}|(?:^|\n)[ \t]*(?i:căn cứ|xét)[^;]{0,160})\s*,?\s*(?i:ngày\s*)?$",
        )
        .unwrap()
    });

    proptest! {
        /// The split patterns match where the one pattern did.
        #[test]
        fn document_before_as_one(s in "(số|Số|SỐ|ſố|12|NĐ-CP|/|-|–|ban hành|thông qua|có hiệu lực từ|Luật|luật|Bộ luật|Hiến pháp|Pháp lệnh|căn cứ|Căn cứ|CĂN CỨ|Các|XÉT|xét|xÉt|ngày|Ngày|tổ chức|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|a|\u{a0}| |\t|\n|,|;|[.()]){0,24}") {
            prop_assert_eq!(document_before(&s), DOCUMENT_BEFORE_AS_ONE.is_match(&s));
        }
    }

    /// Each part of the split patterns, and each bound, on its own.
    #[test]
    fn document_before_examples() {
        let long = "x".repeat(75);
        for w in [
            "Nghị quyết số 35/NQ-CP ngày ",
            "06/GP-TTĐT ngày",
            "đã ban hành ngày ",
            format!("Luật tổ chức {long} ngày").as_str(),
            format!("Luật tổ chức {long}xxxxxxx ngày").as_str(),
            "Luật (sửa đổi) ngày ",
            "Căn cứ Nghị định 10/CP; tổ chức ngày",
            "a;\n  Căn cứ Luật tổ chức, ngày",
            "Căn cứ ý kiến ngày",
            format!("xét {long}{long}{long} ngày").as_str(),
            format!("xét {long}{long} ngày").as_str(),
            "\nXÉT đề nghị, ngày ",
            "Hội nghị ngày",
        ] {
            assert_eq!(
                document_before(w),
                DOCUMENT_BEFORE_AS_ONE.is_match(w),
                "{w:?}"
            );
        }
    }
}
