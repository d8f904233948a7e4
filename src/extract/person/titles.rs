//! Titles: "Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy", "Trưởng Ban chỉ đạo
//! CCHC", "Bộ trưởng Bộ Nội vụ", "Thiếu tướng".
//!
//! A title opens with a capitalized head (optionally after "Phó", "Quyền",
//! "nguyên" or "cựu") and goes on
//! over the body it belongs to: capitalized words, abbreviations and the
//! lowercase words that name bodies and places ("tỉnh", "thành phố", "thường
//! trực", "nhân dân" ...). It stops at anything else (a verb such as "chủ trì",
//! "phát biểu", "yêu cầu"), at punctuation, at another head, or where a
//! personal name begins ("Chủ tịch UBND tỉnh | Lý Thái Hải"). Abbreviations
//! go on it with their dots and dashes ("T.Ư", "TP.Hà Nội", "TP. Hà Nội",
//! "NN-PTNT") and one in brackets ("VN (VCCI)").
//!
//! A chair title's [`Tenure`] is current, acting ("Quyền Chủ tịch") or former
//! ("nguyên"/"cựu Chủ tịch"); all three make a chairperson, but only a chair
//! in office ([`held_body`]) is who an unnamed "Chủ tịch UBND tỉnh" means.
//!
//! Titles are kept as written. Two titles are the same when their [`key`]s
//! are equal: lowercase, with UBND = Ủy ban nhân dân, HĐND = Hội đồng nhân dân,
//! CCHC = cải cách hành chính, TP = thành phố, ĐBQH = đại biểu Quốc hội,
//! MTTQ = Mặt trận Tổ quốc, and "uỷ" = "ủy".

use std::sync::LazyLock;

use super::names::{Before, honorific_len, is_surname, place_at, read_name};
use super::tokens::{Asked, Tokens, is_acronym, is_capitalized};
use crate::text::case::{eq_lower, fast_lower, is_lower};

/// Heads of titles, lowercase, longest first where one extends another.
const HEADS: &[&str] = &[
    "tổng bí thư",
    "bí thư",
    "chủ tịch",
    "tổng giám đốc",
    "giám đốc",
    "trưởng ban",
    "trưởng đoàn",
    "trưởng phòng",
    "trưởng khoa",
    "trưởng thôn",
    "trưởng bản",
    "xóm trưởng",
    "đội trưởng",
    "tổ trưởng",
    "trưởng",
    "bộ trưởng",
    "thứ trưởng",
    "thủ tướng",
    "chủ nhiệm",
    "chánh văn phòng",
    "chánh án",
    "chánh thanh tra",
    "viện trưởng",
    "cục trưởng",
    "vụ trưởng",
    "hiệu trưởng",
    "ủy viên",
    "uỷ viên",
    "tỉnh ủy viên",
    "tỉnh uỷ viên",
    "thành ủy viên",
    "huyện ủy viên",
    "đại biểu quốc hội",
    "tư lệnh",
    "chỉ huy trưởng",
    "tổng biên tập",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "thạc sĩ",
    "tiến sĩ",
];

/// Lowercase word sequences that may continue a title's body.
const BODY: &[&str] = &[
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "hội đồng nhân dân",
    "mặt trận tổ quốc",
    "ban chấp hành",
    "ban thường vụ",
    "ban chỉ đạo",
    "ban cán sự",
    "bộ chính trị",
    "đoàn đại biểu quốc hội",
    "đại biểu quốc hội",
    "cải cách hành chính",
    "thủ tục hành chính",
    "xác định chỉ số",
    "phát triển nông thôn",
    "thi đua khen thưởng",
    "thi đua",
    "khen thưởng",
    "thành phố",
    "thị xã",
    "thị trấn",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "thành uỷ",
    "huyện ủy",
    "huyện uỷ",
    "quân ủy",
    "quân uỷ",
    "quận ủy",
    "đảng ủy",
    "đảng uỷ",
    "đảng bộ",
    "ủy ban",
    "uỷ ban",
    "hội đồng",
    "nhân dân",
    "thường trực",
    "quản trị",
    "thành viên",
    "thường vụ",
    "chỉ đạo",
    "chỉ số",
    "đánh giá",
    "chính phủ",
    "chính trị",
    "quốc hội",
    "trung ương",
    "văn phòng",
    "thư ký",
    "giúp việc",
    "nông thôn",
    "nông nghiệp",
    "công nghiệp",
    "thương mại",
    "doanh nghiệp",
    "chiến binh",
    "phổ thông",
    "công tác",
    "kiểm tra",
    "dân tộc",
    "nội vụ",
    "việt nam",
    "tổ quốc",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "nước",
    "ban",
    "của",
    "và",
];

static HEAD_WORDS: LazyLock<Phrases> = LazyLock::new(|| by_length(HEADS));
static BODY_WORDS: LazyLock<Phrases> = LazyLock::new(|| by_length(BODY));

/// Phrases grouped by first word, each group longest first, so a word is
/// compared with each first word once rather than with every phrase; the
/// groups are bucketed by their first word's byte length, which a word
/// must share (case does not change a Vietnamese letter's length).
type Phrases = Vec<Vec<(&'static str, Vec<Vec<&'static str>>)>>;

fn by_length(phrases: &[&'static str]) -> Phrases {
    let mut out: Vec<Vec<&str>> = phrases.iter().map(|p| p.split(' ').collect()).collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut groups: Vec<(&str, Vec<Vec<&str>>)> = Vec::new();
    for p in out {
        match groups.iter_mut().find(|g| g.0 == p[0]) {
            Some(g) => g.1.push(p),
            None => groups.push((p[0], vec![p])),
        }
    }
    let longest = groups.iter().map(|g| g.0.len()).max().unwrap_or(0);
    let mut buckets: Phrases = vec![Vec::new(); longest + 1];
    for g in groups {
        buckets[g.0.len()].push(g);
    }
    buckets
}

/// The number of words of the longest phrase at `i`, or 0.
fn phrase_len(t: &Tokens, i: usize, phrases: &Phrases) -> usize {
    let Some(word) = t.word(i) else {
        return 0;
    };
    let Some(bucket) = phrases.get(word.len()) else {
        return 0;
    };
    // A first word opens with a small Vietnamese letter: an ASCII one or
    // the lead byte its capital shares, the first byte any match must have.
    let first = word.as_bytes()[0].to_ascii_lowercase();
    let Some((_, group)) = bucket
        .iter()
        .find(|g| g.0.as_bytes()[0] == first && eq_lower(word, g.0))
    else {
        return 0;
    };
    group
        .iter()
        .find(|p| p.iter().enumerate().skip(1).all(|(k, w)| t.is(i + k, w)))
        .map_or(0, Vec::len)
}

/// The number of words of the longest body phrase at `i`, or 0.
fn body_len(t: &Tokens, i: usize) -> usize {
    t.remembered(Asked::Body, i, || phrase_len(t, i, &BODY_WORDS))
}

/// The number of tokens of a title head at `i`, or 0, its prefixes
/// included: "Phó" (deputy), "Quyền" (acting), "nguyên"/"cựu" (former, in
/// either case: "ông X, nguyên Chủ tịch UBND tỉnh"). The head itself must be
/// capitalized: lowercase "chủ tịch UBND các huyện" is generic. A lowercase
/// "quyền" is acting only where no lowercase word comes before it: "thẩm
/// quyền Chủ tịch UBND tỉnh" is the chair's authority.
pub fn head_len(t: &Tokens, i: usize) -> usize {
    t.remembered(Asked::Head, i, || head_len_at(t, i))
}

/// [`head_len`], worked out.
fn head_len_at(t: &Tokens, i: usize) -> usize {
    let Some(word) = t.word(i) else {
        return 0;
    };
    let former = t.is(i, "nguyên") || t.is(i, "cựu");
    let acting = t.is(i, "quyền")
        && (is_capitalized(word)
            || i == 0
            || !t
                .word(i - 1)
                .is_some_and(|w| w.chars().next().is_some_and(is_lower)));
    if former || acting {
        let head = deputy_head_len(t, i + 1);
        return if head == 0 { 0 } else { 1 + head };
    }
    deputy_head_len(t, i)
}

/// [`head_len`] without the tenure prefixes: "Phó" and a capitalized head.
fn deputy_head_len(t: &Tokens, i: usize) -> usize {
    if !t.word(i).is_some_and(is_capitalized) {
        return 0;
    }
    let deputy = usize::from(t.is(i, "phó"));
    // "Phó ban Quản lý …": a deputy head of a board.
    if deputy == 1 && t.is(i + 1, "ban") {
        return 2;
    }
    let head = phrase_len(t, i + deputy, &HEAD_WORDS);
    if head == 0 { 0 } else { deputy + head }
}

/// A title read from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleSpan {
    /// Token range.
    pub start: usize,
    pub end: usize,
    /// True when its last word is a district-level place word ("huyện"), so a
    /// capitalized run after it opens with the district's name.
    pub district: bool,
}

/// The number of tokens of a chair head written in lowercase at `i`
/// ("chủ tịch", "phó chủ tịch"), or 0. Only where a title must follow, after
/// a name and a separator ("ông Trần Văn Bình, chủ tịch UBND xã Tân Lập"):
/// elsewhere a lowercase "chủ tịch UBND xã" is any holder of the office.
pub fn lowercase_chair_len(t: &Tokens, i: usize) -> usize {
    let lowercase = |k: usize| t.word(k).is_some_and(|w| !is_capitalized(w));
    let deputy = usize::from(t.is(i, "phó") && lowercase(i));
    let chair = t.is(i + deputy, "chủ") && lowercase(i + deputy) && t.is(i + deputy + 1, "tịch");
    if chair { deputy + 2 } else { 0 }
}

/// The title starting at token `i`, if one does: at a title head, or at a
/// lowercase chair head (see [`lowercase_chair_len`]).
pub fn read_title(t: &Tokens, i: usize) -> Option<TitleSpan> {
    let mut head = head_len(t, i);
    if head == 0 {
        head = lowercase_chair_len(t, i);
    }
    if head == 0 {
        return None;
    }
    let mut k = i + head;
    let mut organization = OrganizationWords::from(i + head);
    loop {
        // "Hội đồng Thi đua-Khen thưởng Trung ương", "Ban Thi đua - Khen
        // thưởng": a dash between two parts of a body's name.
        if t.punct(k) == Some('-') && k > i + head && body_len(t, k + 1) > 0 {
            k += 1;
            continue;
        }
        let Some(word) = t.word(k) else {
            break;
        };
        let body = body_len(t, k);
        if body > 0 {
            k += body;
            continue;
        }
        if word.chars().all(|c| c.is_ascii_digit())
            && ["quận", "khu", "ty", "đoàn"].iter().any(|w| t.is(k - 1, w))
        {
            k += 1;
            continue;
        }
        // A province inside the body, even one that opens with an honorific's
        // word ("tỉnh Bà Rịa - Vũng Tàu").
        let place = place_at(t, k, t.len());
        if place > 0 {
            k += place;
            if t.punct(k) == Some('-') && place_at(t, k + 1, t.len()) > 0 {
                k += 1 + place_at(t, k + 1, t.len());
            }
            continue;
        }
        if !is_capitalized(word) || head_len(t, k) > 0 || honorific_len(t, k) > 0 {
            break;
        }
        // "Ủy viên T.Ư Đảng", "Chủ tịch UBND TP.Hà Nội": a dotted abbreviation.
        if t.is_abbreviation_dot(k + 1) {
            k += 2;
            continue;
        }
        if is_acronym(word) {
            k += 1;
            // "Sở NN-PTNT", "Sở LĐ-TB&XH": abbreviations joined by a dash.
            while t.punct(k) == Some('-') && t.is_glued(k) && t.word(k + 1).is_some_and(is_acronym)
            {
                k += 2;
            }
            // "Phòng Thương mại và Công nghiệp VN (VCCI)": an abbreviation in brackets.
            if t.punct(k) == Some('(')
                && t.word(k + 1).is_some_and(is_acronym)
                && t.punct(k + 2) == Some(')')
            {
                k += 3;
            }
            continue;
        }
        let before = if ends_with_district(t, i, k) {
            Before::DistrictTitle
        } else {
            Before::Title
        };
        if let Some((name_start, name_end)) = read_name(t, k, before) {
            if names_a_school(t, i + head, name_start) {
                // "Hiệu trưởng Trường THPT Nguyễn Huệ": the school's namesake,
                // then maybe the holder's name ("… Nguyễn Huệ Trần Văn Bình").
                let holder = (name_start + 2..name_end.saturating_sub(1))
                    .find(|&p| t.word(p).is_some_and(is_surname));
                match holder {
                    Some(p) => {
                        k = p;
                        break;
                    }
                    None => {
                        k = name_end;
                        continue;
                    }
                }
            }
            // A province before the name belongs to the title.
            k = name_start;
            break;
        }
        k += 1;
        // A body's proper name is often a capital and one lowercase syllable:
        // "Bộ Xây dựng", "Cục Hải quan", "Viện Hàn lâm", "Công an" (a known
        // phrase goes first: "Hội Cựu | chiến binh").
        if organization.names_one(t, k)
            && body_len(t, k) == 0
            && t.word(k).is_some_and(is_body_syllable)
        {
            k += 1;
        }
    }
    // A title does not end on a connective.
    while k > i + head && (t.is(k - 1, "của") || t.is(k - 1, "và")) {
        k -= 1;
    }
    Some(TitleSpan {
        start: i,
        end: k,
        district: ends_with_district(t, i, k),
    })
}

/// Words that open the name of an organization inside a title.
const ORGANIZATIONS: &[&str] = &[
    "bộ",
    "sở",
    "cục",
    "vụ",
    "viện",
    "phòng",
    "công",
    "ban",
    "tổng",
    "trung",
    "ngân",
    "tập",
    "hội",
    "học",
    "tòa",
    "trường",
    "chi",
    "khối",
    "văn",
    "đài",
    "báo",
    "bệnh",
];

/// Whether the title's body read so far opens an organization's name ("Bộ
/// …", "Sở …", "Cục …"), its words looked at once each as the title grows:
/// asked again for every word, a long title was read again each time.
struct OrganizationWords {
    /// Where the body starts.
    start: usize,
    /// The words before this have been looked at.
    upto: usize,
    seen: bool,
}

impl OrganizationWords {
    fn from(start: usize) -> Self {
        OrganizationWords {
            start,
            upto: start,
            seen: false,
        }
    }

    /// True when the title from the body's start to `end` names an
    /// organization rather than a place ("UBND tỉnh Phú Thọ").
    fn names_one(&mut self, t: &Tokens, end: usize) -> bool {
        if end < self.upto {
            // Asked for less than was looked at: look again.
            *self = OrganizationWords::from(self.start);
        }
        while self.upto < end && !self.seen {
            self.seen = t.word(self.upto).is_some_and(|w| {
                is_capitalized(w)
                    && ORGANIZATIONS
                        .iter()
                        .any(|o| o.len() == w.len() && eq_lower(w, o))
            });
            self.upto += 1;
        }
        self.upto = self.upto.max(end);
        self.start < end
            && (self.seen || is_unit_head(t, self.start))
            && t.word(end - 1)
                .is_some_and(|w| is_capitalized(w) && !is_acronym(w))
    }
}

/// True when the head ends with a unit noun ("Trưởng phòng", "Trưởng khoa"),
/// so what follows is that unit's name.
fn is_unit_head(t: &Tokens, head_end: usize) -> bool {
    ["phòng", "khoa", "ban", "đoàn"]
        .iter()
        .any(|w| t.is(head_end - 1, w))
}

/// True when the title up to `end` ends with a school ("Trường", "Trường
/// THPT"), whose name is a person's but not the title holder's.
fn names_a_school(t: &Tokens, start: usize, end: usize) -> bool {
    let mut k = end;
    while k > start && t.word(k - 1).is_some_and(is_acronym) {
        k -= 1;
    }
    k > start && t.is(k - 1, "trường")
}

/// A lowercase syllable that can finish a capitalized body word ("dựng" in
/// "Xây dựng"), not a verb or function word that opens the predicate.
fn is_body_syllable(word: &str) -> bool {
    const PREDICATE: &[&str] = &[
        "cho", "đã", "vừa", "sẽ", "và", "là", "có", "được", "phát", "yêu", "đề", "chủ", "tặng",
        "trao", "dự", "cùng", "tại", "trong", "với", "về", "ký", "đến", "gửi", "nêu", "trả", "làm",
        "thăm", "nhấn", "khẳng", "chia", "báo", "giao", "kiểm", "chúc", "cũng", "tiếp", "lên",
        "trình", "ra", "của", "đang", "thì", "mà", "nói", "kết", "bày", "đánh", "chỉ", "điều",
        "trực", "nhận", "không", "đi", "này", "đó", "các", "những", "một", "hai", "ba", "nhiều",
    ];
    word.chars().next().is_some_and(is_lower) && !PREDICATE.contains(&word)
}

fn ends_with_district(t: &Tokens, start: usize, end: usize) -> bool {
    end > start
        && ["huyện", "quận", "xã", "phường", "trấn"]
            .iter()
            .any(|w| t.is(end - 1, w))
}

/// The lowercase words after a comma that finish a title whose body itself
/// contains a comma ("Chủ tịch Hội đồng Đánh giá, xác định chỉ số CCHC"): the
/// end of that continuation, if the words at `k` are one and what follows
/// closes the title.
pub fn continuation_end(t: &Tokens, k: usize) -> Option<usize> {
    if t.word(k).is_none_or(is_capitalized) {
        return None;
    }
    let mut j = k;
    loop {
        let body = body_len(t, j);
        if body > 0 {
            j += body;
        } else if t.word(j).is_some_and(is_acronym) {
            j += 1;
        } else {
            break;
        }
    }
    let closed = match t.punct(j) {
        Some(c) => matches!(c, ';' | '.' | '-' | '\n' | ',' | ')' | '…'),
        None => j >= t.len(),
    };
    // Only a continuation that names something (an abbreviation, or a noun
    // phrase such as "xác định chỉ số") and is closed by punctuation.
    (j > k && closed && t.word(j - 1).is_some_and(is_acronym)).then_some(j)
}

/// Whether a chair title is held now, for the time being or no longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tenure {
    /// "Chủ tịch UBND tỉnh".
    Current,
    /// "Quyền Chủ tịch UBND tỉnh".
    Acting,
    /// "nguyên Chủ tịch UBND tỉnh", "cựu Chủ tịch".
    Former,
}

/// The tenure of a chair title ("Chủ tịch ..." of any body, not "Phó Chủ
/// tịch"), and the title after its tenure word; None for another title.
fn chair_parts(title: &str) -> Option<(Tenure, &str)> {
    let title = title.trim_start();
    let (first, rest) = title.split_once(' ')?;
    let (tenure, rest) = if eq_lower(first, "nguyên") || eq_lower(first, "cựu") {
        (Tenure::Former, rest.trim_start())
    } else if eq_lower(first, "quyền") {
        (Tenure::Acting, rest.trim_start())
    } else {
        (Tenure::Current, title)
    };
    let mut words = rest.split_whitespace();
    (words.next().is_some_and(|w| w == "Chủ" || w == "chủ")
        && words.next().is_some_and(|w| w == "tịch"))
    .then_some((tenure, rest))
}

/// True when the title text is a chair title: "Chủ tịch ..." of any body,
/// current, acting or former, not "Phó Chủ tịch".
pub fn is_chair(title: &str) -> bool {
    chair_parts(title).is_some()
}

/// The tenure of a chair title, or None for another title.
pub fn chair_tenure(title: &str) -> Option<Tenure> {
    chair_parts(title).map(|(tenure, _)| tenure)
}

/// The body a chair title names: "UBND tỉnh" in "Chủ tịch UBND tỉnh" (and in
/// "nguyên Chủ tịch UBND tỉnh").
pub fn chaired_body(title: &str) -> Option<&str> {
    let (_, title) = chair_parts(title)?;
    let rest = title.splitn(3, ' ').nth(2).unwrap_or("").trim();
    (!rest.is_empty()).then_some(rest)
}

/// The body a chair title names when its holder chairs it now (or acts as
/// chair): the body an unnamed "Chủ tịch UBND tỉnh" may stand for.
pub fn held_body(title: &str) -> Option<&str> {
    match chair_tenure(title)? {
        Tenure::Former => None,
        Tenure::Current | Tenure::Acting => chaired_body(title),
    }
}

/// The comparison key of a title or body: lowercase words, abbreviations
/// expanded, one spelling of "ủy", no punctuation.
pub fn key(title: &str) -> String {
    let mut out = String::with_capacity(title.len() + 16);
    for raw in title.split(|c: char| c.is_whitespace() || c == ',') {
        if raw.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        // Lowercased in place: no String per word.
        let start = out.len();
        push_lower(raw, &mut out);
        let expanded = match &out[start..] {
            "ubnd" => "ủy ban nhân dân",
            "hđnd" => "hội đồng nhân dân",
            "cchc" => "cải cách hành chính",
            "tp" | "tp." => "thành phố",
            "đbqh" => "đại biểu quốc hội",
            "mttq" => "mặt trận tổ quốc",
            "uỷ" => "ủy",
            _ => continue,
        };
        out.truncate(start);
        out.push_str(expanded);
    }
    out
}

/// Appends `word.to_lowercase()` to `out`, the Vietnamese letters without
/// the Unicode table lookup.
fn push_lower(word: &str, out: &mut String) {
    let start = out.len();
    for c in word.chars() {
        match fast_lower(c) {
            Some(lower) => out.push(lower),
            None if c == 'Σ' => {
                // A final sigma lowercases by its context: only `str` knows.
                out.truncate(start);
                out.push_str(&word.to_lowercase());
                return;
            }
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The key of a chaired body for linking unnamed references to a named
/// chair: the body's key without the level words ("tỉnh", "thành phố"), so
/// "UBND tỉnh" and "Ủy ban nhân dân" and "UBND TP Đà Nẵng" / "UBND Đà Nẵng"
/// compare equal.
pub fn body_key(body: &str) -> String {
    let key = key(body);
    let mut out = String::with_capacity(key.len());
    let mut words = key.split(' ').peekable();
    while let Some(w) = words.next() {
        if w == "tỉnh" {
            continue;
        }
        if w == "thành" && words.peek() == Some(&"phố") {
            words.next();
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chair_titles_and_their_tenure() {
        let rows: &[(&str, Option<Tenure>, Option<&str>)] = &[
            (
                "Chủ tịch UBND tỉnh",
                Some(Tenure::Current),
                Some("UBND tỉnh"),
            ),
            (
                "chủ tịch UBND xã Tân Lập",
                Some(Tenure::Current),
                Some("UBND xã Tân Lập"),
            ),
            (
                "Quyền Chủ tịch UBND tỉnh",
                Some(Tenure::Acting),
                Some("UBND tỉnh"),
            ),
            (
                "nguyên Chủ tịch UBND tỉnh Khánh Hòa",
                Some(Tenure::Former),
                Some("UBND tỉnh Khánh Hòa"),
            ),
            (
                "cựu Chủ tịch UBND tỉnh",
                Some(Tenure::Former),
                Some("UBND tỉnh"),
            ),
            ("Chủ tịch", Some(Tenure::Current), None),
            ("Phó Chủ tịch UBND tỉnh", None, None),
            ("nguyên Phó Chủ tịch UBND tỉnh", None, None),
            ("nguyên Bí thư Ban cán sự", None, None),
        ];
        for &(title, tenure, body) in rows {
            assert_eq!(chair_tenure(title), tenure, "{title}");
            assert_eq!(is_chair(title), tenure.is_some(), "{title}");
            assert_eq!(chaired_body(title), body, "{title}");
            let held = body.filter(|_| tenure != Some(Tenure::Former));
            assert_eq!(held_body(title), held, "{title}");
        }
    }

    /// The organization test as first written: every word of the title
    /// read again for each end asked.
    fn names_an_organization(t: &Tokens, start: usize, end: usize) -> bool {
        start < end
            && (is_unit_head(t, start)
                || (start..end).any(|k| {
                    t.word(k).is_some_and(|w| {
                        is_capitalized(w) && ORGANIZATIONS.iter().any(|o| eq_lower(w, o))
                    })
                }))
            && t.word(end - 1)
                .is_some_and(|w| is_capitalized(w) && !is_acronym(w))
    }

    /// Looked at once each, the words answer as reading them all again
    /// does, for ends asked in order, asked again, and asked out of order;
    /// an organization word late in the title ("Sở" after "tỉnh Phú Thọ")
    /// counts from there on only.
    #[test]
    fn organization_words_answer_as_reading_them_all() {
        use super::super::tokens::tokenize;
        let text = "Giám đốc UBND tỉnh Phú Thọ Sở Xây dựng Quảng Ninh, Trưởng phòng Kế hoạch";
        let toks = tokenize(text);
        let t = Tokens::new(text, &toks);
        for start in [2, 14] {
            let mut ends: Vec<usize> = (start..=t.len()).collect();
            ends.extend((start..=t.len()).rev());
            ends.extend([start + 3, start + 1, start + 5]);
            let mut words = OrganizationWords::from(start);
            for end in ends {
                let plain = names_an_organization(&t, start, end);
                assert_eq!(words.names_one(&t, end), plain, "{start}..{end}");
            }
        }
        // By hand: "UBND tỉnh Phú Thọ" names a place, "… Sở Xây" an organization.
        let mut words = OrganizationWords::from(2);
        assert!(!words.names_one(&t, 6));
        assert!(words.names_one(&t, 8));
        // After "Trưởng phòng" a unit's name follows: "Kế" closes one.
        assert!(OrganizationWords::from(14).names_one(&t, 15));
    }

    /// Kept per token, head and body lengths answer as working them out
    /// does, whatever order they are asked in and however often; a memo
    /// reset for the next token list forgets the last one's answers.
    #[test]
    fn kept_answers_are_the_worked_out_ones() {
        use super::super::tokens::{Memo, tokenize};
        let texts = [
            "Quyền Chủ tịch UBND tỉnh Nguyễn Văn An, Phó Bí thư Tỉnh ủy, thẩm quyền Chủ tịch.",
            "nguyên Giám đốc Sở Nội vụ - ông Lê Văn Tám, Phó ban Quản lý khu kinh tế.",
            "Chủ tịch Ủy ban nhân dân thành phố, Ban Chỉ đạo cải cách hành chính",
        ];
        let mut memo = Memo::default();
        for text in texts {
            let toks = tokenize(text);
            let plain = Tokens::new(text, &toks);
            let heads: Vec<usize> = (0..=toks.len()).map(|i| head_len(&plain, i)).collect();
            let bodies: Vec<usize> = (0..=toks.len()).map(|i| body_len(&plain, i)).collect();
            memo.reset(toks.len());
            let kept = Tokens::with_memo(text, &toks, &memo);
            let order = (0..=toks.len())
                .rev()
                .chain(0..=toks.len())
                .chain([3, 0, 3]);
            for i in order {
                assert_eq!(head_len(&kept, i), heads[i], "{text} head {i}");
                assert_eq!(body_len(&kept, i), bodies[i], "{text} body {i}");
            }
        }
        // By hand, the first text: "Quyền Chủ tịch" is a head of 3 tokens,
        // "Chủ tịch" of 2, "Phó Bí thư" of 3; "Ủy ban nhân dân" (third text)
        // a body of 4 words and "thành phố" of 2.
        let text = texts[0];
        let toks = tokenize(text);
        memo.reset(toks.len());
        let kept = Tokens::with_memo(text, &toks, &memo);
        assert_eq!(
            (head_len(&kept, 0), head_len(&kept, 1), head_len(&kept, 9)),
            (3, 2, 3)
        );
        // "thẩm quyền Chủ tịch": the authority, not an acting chair.
        assert_eq!((head_len(&kept, 16), head_len(&kept, 17)), (0, 2));
        let text = texts[2];
        let toks = tokenize(text);
        memo.reset(toks.len());
        let kept = Tokens::with_memo(text, &toks, &memo);
        assert_eq!((body_len(&kept, 2), body_len(&kept, 6)), (4, 2));
        assert_eq!(head_len(&kept, 0), 2);
    }

    /// A word `eq_lower` finds equal to a phrase's first word has the first
    /// byte `phrase_len` asks for: its first letter in any form that
    /// lowercases to it, the rest as written.
    #[test]
    fn first_byte_filter_keeps_every_match() {
        for phrase in HEADS.iter().chain(BODY) {
            let first = phrase.split(' ').next().unwrap_or_default();
            let Some(c) = first.chars().next() else {
                continue;
            };
            let rest = &first[c.len_utf8()..];
            for u in (0..=0x10ffff).filter_map(char::from_u32) {
                let word = format!("{u}{rest}");
                if eq_lower(&word, first) {
                    assert_eq!(
                        word.as_bytes()[0].to_ascii_lowercase(),
                        first.as_bytes()[0],
                        "{word}"
                    );
                }
            }
        }
    }
}
