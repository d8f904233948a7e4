//! Award statements: who gave which award to how many collectives and individuals.
//!
//! # Rules
//!
//! - The award is found by one case-insensitive aho-corasick automaton over
//!   [`AWARDS`] and [`TITLES`], with "chiến sỹ" for "chiến sĩ" too (longest
//!   name wins: "Huân chương Lao động hạng Ba" over "Huân chương"), as a
//!   whole word, in the body (not in a leading front-matter block). `award`
//!   is the award's type in lower case as written, without its giver. Sport
//!   medals ("huy chương vàng") are not in the lexicon.
//!   - "danh hiệu" and the title after it are one name: a listed title
//!     ("đạt danh hiệu chiến sĩ thi đua cơ sở" → "danh hiệu chiến sĩ thi đua
//!     cơ sở") or any short quoted one ("danh hiệu “DN Đà Nẵng tiêu biểu”" →
//!     "danh hiệu dn đà nẵng tiêu biểu"); "danh hiệu" before anything else
//!     ("Danh hiệu Công viên địa chất toàn cầu UNESCO") is no award.
//!   - [`TITLES`] read as recipients without "danh hiệu" ("cho 4 tập thể lao
//!     động xuất sắc"), so they are names only after it.
//!   - A title right after an award says what it was for: "Bằng khen tập
//!     thể lao động xuất sắc" is a bằng khen.
//!   - A bare "Huân chương" takes its capitalized name ("Huân chương Tự do"),
//!     and an order its class ("Huân chương Quân công hạng Nhất").
//!   - "khen thưởng" with no award named is the award "khen thưởng", where it
//!     states a conferral: with the recipients counted right after it
//!     ("khen thưởng cho 24 cá nhân"), or received or given right before it
//!     ("đã được biểu dương, khen thưởng", "trao khen thưởng"). Elsewhere it
//!     names the field ("công tác thi đua, khen thưởng", "quy chế khen
//!     thưởng").
//!   - A listed title after a title given, right after its own counted
//!     recipients, is given too: "đạt danh hiệu đơn vị thi đua quyết thắng,
//!     50 cán bộ chiến sỹ tiên tiến" gives "danh hiệu chiến sỹ tiên tiến" to
//!     50 individuals.
//! - The statement is read inside the award's sentence (and HTML block, when
//!   the page kept its tags: `</p><p>` ends it): after the award up to the
//!   next award or the sentence end (at most 200 bytes), and before it back to
//!   the previous award or the sentence start.
//! - `collectives` / `individuals`: the first "N tập thể" (or "N đơn vị", "N
//!   doanh nghiệp", "N DN", "N tổ chức", "N cơ quan", "N đội") / "N cá nhân"
//!   (or "N đồng chí", "N cán bộ", "N chiến sĩ" and other persons by their
//!   standing) after the award ("trao Bằng khen cho 11 tập thể và 13 cá
//!   nhân"), but those before it when the award is received there ("17 tập
//!   thể, 23 cá nhân được tặng Bằng khen", "6 tập thể đạt danh hiệu …") or it
//!   is a listed title. N is any number the shared reader reads, digits or
//!   words ("ba tập thể"), but not the tail of a longer numeral, nor a part
//!   ("một trong 20 DN", "trong số 20 đơn vị").
//! - `count`: the number of awards when written right before the award ("tặng
//!   01 cờ thi đua" → 1; never before "khen thưởng": "UBND Quận 12 khen
//!   thưởng"); else other recipients counted right after "cho" ("cho 90 gia
//!   đình" → 90); else collectives + individuals, those that are known.
//! - `giver`: the one named right after the award with "của" ("Bằng khen của
//!   Thủ tướng Chính phủ"), else the last giver named before the award in its
//!   sentence ("Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ", "UBND tỉnh", "Bộ
//!   trưởng Bộ Nội vụ", "Chủ tịch nước", "UBND quận Bắc Từ Liêm").
//! - A mention is a conferral when it has a number (count, collectives or
//!   individuals), or when its sentence gives or receives it before it:
//!   "tặng" (not "tặng quà"), "trao" (not "trao đổi"), "nhận" (not "ghi
//!   nhận", "nhận thức"), "đạt danh hiệu". The items of a list take the verb
//!   before its colon ("trao tặng các phần thưởng cao quý: Bằng khen của Thủ
//!   tướng Chính phủ; …"). So "là chiến sĩ thi đua", "Để đạt chiến sĩ thi đua"
//!   and a list of titles ("các danh hiệu: Lao động tiên tiến, …") are none.
//! - A proposal, plan or condition is no conferral: "đề nghị" (but "theo đề
//!   nghị của …", which reports the conferral it led to), "đề xuất", "xét
//!   tặng", "dự kiến", "chuẩn bị", "sẽ", "nếu", "có thể" before the award in
//!   its sentence.
//! - Each conferral once, over the whole text: a statement restated with the
//!   same award and counts (a caption, a headline) is dropped, and so is a
//!   total of the others of its award ("Khen thưởng 49 cá nhân" over 24, 20
//!   and 5), an award without numbers beside the same one with numbers or a
//!   more precise one ("danh hiệu chiến sĩ thi đua" beside "danh hiệu chiến
//!   sĩ thi đua cơ sở"), and "khen thưởng" without numbers beside any named
//!   award.
//! - `text` runs from the first number or the award, whichever comes first, to
//!   the last count after it or the award's end.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Serialize;

use std::borrow::Cow;

use crate::extract::number::{NUMBER_PATTERN, continues_numeral, parse_number};
use crate::text::case::lower;
use crate::text::clause::{sentence_end, sentence_start};
use crate::text::fold::{lower_aligned, push_lower_aligned};
use crate::text::front_matter::front_matter_end;
use crate::text::words::{is_whole_word, words_iter};

/// One award statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Award {
    /// The conferral as written: "Bằng khen cho 11 tập thể và 13 cá nhân".
    pub text: String,
    /// The award's type in lower case without its giver: "bằng khen",
    /// "danh hiệu chiến sĩ thi đua cơ sở", "khen thưởng" when none is named.
    pub award: String,
    /// How many collectives (tập thể) receive it, when stated.
    pub collectives: Option<u32>,
    /// How many individuals (cá nhân) receive it, when stated.
    pub individuals: Option<u32>,
    /// How many are given: the number written before the award ("tặng 01
    /// cờ thi đua"), else the recipients counted after "cho", else
    /// collectives + individuals, those that are known.
    pub count: Option<u32>,
    /// Who gives it, named after the award with "của" or last before it in
    /// its sentence: "Chủ tịch UBND tỉnh".
    pub giver: Option<String>,
    /// Where `text` starts: a character offset into the normalized text
    /// (a byte offset until the record is built).
    pub start: usize,
    /// Where `text` ends, as `start`.
    pub end: usize,
}

/// Award names, lower case.
pub const AWARDS: &[&str] = &[
    "bằng khen",
    "giấy khen",
    "cờ thi đua",
    "cờ thi đua xuất sắc",
    "cờ thi đua của chính phủ",
    "cờ thi đua vì an ninh tổ quốc",
    "cờ đơn vị xuất sắc",
    "cờ đơn vị xuất sắc trong phong trào thi đua",
    "huân chương",
    "huân chương lao động",
    "huân chương lao động hạng nhất",
    "huân chương lao động hạng nhì",
    "huân chương lao động hạng ba",
    "huân chương độc lập",
    "huân chương độc lập hạng nhất",
    "huân chương độc lập hạng nhì",
    "huân chương độc lập hạng ba",
    "huân chương bảo vệ tổ quốc",
    "huân chương bảo vệ tổ quốc hạng nhất",
    "huân chương bảo vệ tổ quốc hạng nhì",
    "huân chương bảo vệ tổ quốc hạng ba",
    "huân chương chiến công",
    "huân chương quân công",
    "huân chương dũng cảm",
    "huân chương đại đoàn kết dân tộc",
    "huân chương kháng chiến",
    "huân chương chiến thắng",
    "huân chương giải phóng",
    "huân chương chiến sĩ vẻ vang",
    "huân chương quyết thắng",
    "huân chương hữu nghị",
    "huân chương hồ chí minh",
    "huân chương sao vàng",
    "huy chương vì sự nghiệp",
    "kỷ niệm chương",
    "kỉ niệm chương",
    "chiến sĩ thi đua",
    "chiến sĩ thi đua cơ sở",
    "chiến sĩ thi đua cấp cơ sở",
    "chiến sĩ thi đua cấp tỉnh",
    "chiến sĩ thi đua cấp bộ",
    "chiến sĩ thi đua toàn quốc",
    "anh hùng lao động",
    "anh hùng lực lượng vũ trang nhân dân",
    "nhà giáo ưu tú",
    "nhà giáo nhân dân",
    "thầy thuốc ưu tú",
    "thầy thuốc nhân dân",
    // The act without a named award: "khen thưởng cho 24 cá nhân" (read
    // only where it states a conferral: see the module doc).
    GENERIC,
    // What a title's name follows: "danh hiệu “DN Đà Nẵng tiêu biểu”".
    TITLE_WORD,
];

/// Titles that read as recipients without "danh hiệu" before them ("cho 4
/// tập thể lao động xuất sắc", "50 chiến sĩ tiên tiến"): names only after it.
pub const TITLES: &[&str] = &[
    "tập thể lao động xuất sắc",
    "tập thể lao động tiên tiến",
    "lao động tiên tiến",
    "chiến sĩ tiên tiến",
    "đơn vị tiên tiến",
    "đơn vị quyết thắng",
    "đơn vị thi đua quyết thắng",
];

/// The award named by the act alone.
const GENERIC: &str = "khen thưởng";
/// The word a title's name follows.
const TITLE_WORD: &str = "danh hiệu";

/// Every name the automaton looks for: [`AWARDS`], [`TITLES`], and each
/// with "chiến sỹ" for "chiến sĩ" (both spellings are current).
fn all_names() -> Vec<String> {
    let mut names: Vec<String> = AWARDS.iter().chain(TITLES).map(|n| n.to_string()).collect();
    let variants: Vec<String> = names
        .iter()
        .filter(|n| n.contains("sĩ"))
        .map(|n| n.replace("sĩ", "sỹ"))
        .collect();
    names.extend(variants);
    names
}

static AWARD_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(all_names())
        .unwrap()
});

/// Recipients counted as collectives: teams, units, bodies, enterprises.
const COLLECTIVE_NOUNS: &[&str] = &[
    "tập thể",
    "đơn vị",
    "doanh nghiệp",
    "dn",
    "tổ chức",
    "cơ quan",
    "đội",
];
/// Recipients counted as individuals: persons by their standing.
const INDIVIDUAL_NOUNS: &[&str] = &[
    "cá nhân",
    "đồng chí",
    "cán bộ",
    "chiến sĩ",
    "chiến sỹ",
    "công chức",
    "viên chức",
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "giáo viên",
    "học sinh",
    "sinh viên",
    "công nhân",
];

fn count_regex(nouns: &[&str]) -> Regex {
    Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) (?:{})", nouns.join("|"))).unwrap()
}

static COLLECTIVES: LazyLock<Regex> = LazyLock::new(|| count_regex(COLLECTIVE_NOUNS));
static INDIVIDUALS: LazyLock<Regex> = LazyLock::new(|| count_regex(INDIVIDUAL_NOUNS));
/// Any counted recipient right after "cho": "cho 90 gia đình".
static OTHER_RECIPIENTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^ cho ({NUMBER_PATTERN}) \p{{L}}")).unwrap());
/// A number right before the award name (the slice ends with its space).
static COUNT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)({NUMBER_PATTERN}) $")).unwrap());

/// The givers; `place` and `body` are written once each, as their Unicode
/// classes make most of the build cost. No two alternatives can match at the
/// same position (their first words differ), so grouping them does not change
/// which one matches.
static GIVER: LazyLock<Regex> = LazyLock::new(|| {
    // A district or city may carry its name; "tỉnh" may not, as a person's
    // name often follows it ("Chủ tịch UBND tỉnh Vương Bình Thạnh").
    let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
    // A ministry's or department's name: "Nội vụ", "Giao thông Vận tải",
    // "Kế hoạch và Đầu tư".
    let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
    Regex::new(&format!(
        r"(?:Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND)|Giám đốc Công an|UBND|Ủy ban nhân dân){place}|(?:Bộ trưởng Bộ|Giám đốc Sở){body}|Chủ tịch nước|Thủ tướng Chính phủ|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
    ))
    .unwrap()
});

/// Pieces of the award names, one inside each name, each with at most one
/// non-ASCII char. They are searched, with that char in either case, in the
/// text with only its ASCII letters lower-cased: lower-casing is aligned and
/// never turns a non-ASCII char into ASCII, so a name in the lower-cased text
/// always shows its anchor there.
const ANCHOR_PIECES: &[&str] = &[
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

static ANCHORS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
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

static LONGEST_NAME: LazyLock<usize> =
    LazyLock::new(|| all_names().iter().map(|n| n.len()).max().unwrap_or(0));

/// Award names in `text` (whole words), as the name automaton finds them in the
/// lower-cased text: only the merged windows around anchors are lower-cased.
fn award_names(text: &str) -> Vec<(usize, usize)> {
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
struct Mention {
    start: usize,
    end: usize,
    /// The award as reported: lower case, without quotes.
    award: String,
    /// A title that continues a list of titles given, right after its
    /// counted recipients: "đạt danh hiệu A, 50 cán bộ B" gives B to the 50.
    listed: bool,
}

impl Mention {
    /// "khen thưởng" alone: the act, no award named.
    fn is_generic(&self) -> bool {
        self.award == GENERIC
    }

    fn is_title(&self) -> bool {
        self.award.starts_with(TITLE_WORD)
    }
}

/// Every award statement in `text`, in text order, each conferral once.
pub fn find_awards(text: &str) -> Vec<Award> {
    let mentions = mentions(text);
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let (s_start, s_end) = block_bounds(
            text,
            sentence_start(text, m.start),
            m.start,
            m.end,
            sentence_end(text, m.end),
        );
        let before_from = i
            .checked_sub(1)
            .map_or(s_start, |j| mentions[j].end.max(s_start));
        let after_to = mentions
            .get(i + 1)
            .map_or(s_end, |n| n.start.min(s_end))
            .min(m.end + 200)
            .max(m.end);
        let after_to = text.floor_char_boundary(after_to);
        if let Some(award) = statement(text, m, s_start, before_from, after_to) {
            out.push(award);
        }
    }
    consolidate(out)
}

/// HTML block tags left in a page (`</p><p>`, `<br>`, `<td>`): a statement
/// never runs across one.
const BLOCK_TAGS: &[&str] = &[
    "p", "br", "div", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5",
    "h6",
];

/// The sentence `s_start..s_end` around the award at `start..end`, narrowed
/// to the HTML block that holds the award.
fn block_bounds(
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
fn mentions(text: &str) -> Vec<Mention> {
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
            if out
                .last()
                .is_some_and(|list| listed_after(text, list, start))
            {
                out.push(Mention {
                    start,
                    end,
                    award: format!("{TITLE_WORD} {name}"),
                    listed: true,
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

/// True when the title at `start` continues the list of titles that `list`
/// opened: `list` is a title, and only ", " and the counted recipients of
/// this one stand between ("danh hiệu đơn vị thi đua quyết thắng, 50 cán bộ
/// chiến sỹ tiên tiến").
fn listed_after(text: &str, list: &Mention, start: usize) -> bool {
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
fn title_after(
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
fn whole_name(text: &str, start: usize, mut end: usize, name: String) -> (usize, String) {
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
const NOT_IN_A_NAME: &[&str] = &[
    "của", "cho", "và", "vì", "tại", "được", "năm", "hạng", "từ", "trong", "với", "đã", "là",
    "đến", "lần",
];

/// The award statement around the mention `m`, if it states a conferral.
/// `s_start` is where its sentence starts; the counts are read in
/// `before_from..m.start` and `m.end..after_to`.
fn statement(
    text: &str,
    m: &Mention,
    s_start: usize,
    before_from: usize,
    after_to: usize,
) -> Option<Award> {
    let (start, end) = (m.start, m.end);
    let before = &text[before_from..start];
    let after = &text[end..after_to];
    // "khen thưởng" counts only the recipients right after it ("khen thưởng
    // cho 24 cá nhân"): the act is named in many phrases that give nothing
    // ("công tác thi đua, khen thưởng"), so those are passed over first.
    // The span read for the counts after the award, and where it starts.
    let direct: Option<(usize, &str)> = if m.is_generic() {
        let skip = if after.starts_with(" cho ") { 5 } else { 1 };
        let from = (end + skip).min(after_to);
        let to = text.floor_char_boundary((from + 60).min(after_to));
        Some((from, &text[from..to])).filter(|(_, rest)| {
            rest.starts_with(|c: char| c.is_alphanumeric()) && after.starts_with(' ')
        })
    } else {
        Some((end, after))
    };
    if m.is_generic() && direct.is_none() && !conferred(text, m, s_start, before) {
        return None;
    }

    // The number is the match without its final space: a plain find, as
    // asking for the group would run a second, slower engine. No number
    // before "khen thưởng" counts it ("UBND Quận 12 khen thưởng").
    let count_before = COUNT_BEFORE
        .find(before)
        .filter(|_| !m.is_generic())
        .map(|m| (before_from + m.start(), &m.as_str()[..m.len() - 1]))
        .filter(|&(at, _)| boundary_before(text, at) && !continues_numeral(text, at))
        .and_then(|(at, number)| Some((at, small_count(text, at, number)?)));

    let counted = |re: &Regex| {
        direct.and_then(|(offset, span)| {
            first_count(re, text, offset, span).filter(|c| !m.is_generic() || c.0 == offset)
        })
    };
    // The recipients before an award received ("17 tập thể, 23 cá nhân được
    // tặng Bằng khen") or before a listed title are its own; else those after.
    let (mut collectives, mut individuals) = (None, None);
    if m.listed || received_here(before, m.is_generic()) {
        collectives = first_count(&COLLECTIVES, text, before_from, before);
        individuals = first_count(&INDIVIDUALS, text, before_from, before);
    }
    if collectives.is_none() && individuals.is_none() {
        collectives = counted(&COLLECTIVES);
        individuals = counted(&INDIVIDUALS);
    }
    let others = if collectives.is_none() && individuals.is_none() {
        other_recipients(text, end, after)
    } else {
        None
    };

    let numbered = count_before.is_some()
        || collectives.is_some()
        || individuals.is_some()
        || others.is_some();
    if !numbered && !conferred(text, m, s_start, before) {
        return None;
    }
    // Proposals, plans and conditions give nothing yet.
    if proposed(text, s_start, start) {
        return None;
    }

    let count = count_before
        .map(|(_, n)| n)
        .or(others.map(|(_, _, n)| n))
        .or_else(|| {
            (collectives.is_some() || individuals.is_some()).then(|| {
                collectives.map_or(0, |(_, _, n)| n) + individuals.map_or(0, |(_, _, n)| n)
            })
        });
    let first = [
        Some(start),
        count_before.map(|(at, _)| at),
        collectives.map(|(at, _, _)| at),
        individuals.map(|(at, _, _)| at),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(start);
    let last = [
        Some(end),
        collectives.map(|(_, to, _)| to),
        individuals.map(|(_, to, _)| to),
        others.map(|(_, to, _)| to),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(end);

    // "Bằng khen của Thủ tướng Chính phủ" names the giver most precisely.
    let giver = after
        .strip_prefix(" của ")
        .and_then(|rest| GIVER.find(rest).filter(|m| m.start() == 0))
        .or_else(|| GIVER.find_iter(&text[s_start..start]).last())
        .map(|m| m.as_str().to_string());

    Some(Award {
        text: text[first..last].to_string(),
        award: m.award.clone(),
        collectives: collectives.map(|(_, _, n)| n),
        individuals: individuals.map(|(_, _, n)| n),
        count,
        giver,
        start: first,
        end: last,
    })
}

/// `cho N <recipients>` right after the award, recipients that are neither
/// collectives nor individuals ("tặng Bằng khen cho 90 gia đình"): start,
/// end and N.
fn other_recipients(text: &str, end: usize, after: &str) -> Option<(usize, usize, u32)> {
    let caps = OTHER_RECIPIENTS.captures(after)?;
    let number = caps.get(1)?;
    let at = end + number.start();
    let n = small_count(text, at, number.as_str())?;
    Some((at, end + number.end(), n))
}

/// The first words of [`proposed`]'s phrases, as written in lower case, with
/// a capital and in capitals: a span without any of them proposes nothing,
/// found by one automaton instead of a walk over its words.
static PROPOSAL_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = ["đề", "xét", "dự", "chuẩn", "có", "nếu", "sẽ"];
    let forms = words.iter().flat_map(|w| {
        let mut chars = w.chars();
        let first = chars.next().expect("a word");
        let capital: String = first.to_uppercase().chain(chars).collect();
        [w.to_string(), capital, w.to_uppercase()]
    });
    AhoCorasick::new(forms).expect("plain words")
});

/// Words of the sentence before an award that make it no conferral: a
/// proposal ("đề nghị", "đề xuất", "xét tặng"), a plan ("dự kiến", "sẽ",
/// "chuẩn bị") or a condition ("nếu", "có thể"). "Theo đề nghị của …" reports
/// whose proposal a conferral followed, so it does not count.
fn proposed(text: &str, s_start: usize, start: usize) -> bool {
    // Each award reads up to a clause span back (400 bytes), so this runs
    // over every word many times where awards crowd one sentence: only
    // words that may begin a proposal word ("đ", "x", "d", "c", "n", "s",
    // either case) are lowered, and nothing is collected.
    let may_begin = |word: &str| {
        matches!(
            word.as_bytes().first(),
            Some(b'x' | b'X' | b'd' | b'D' | b'c' | b'C' | b'n' | b'N' | b's' | b'S' | 0xC4)
        )
    };
    if !PROPOSAL_WORDS.is_match(&text[s_start..start]) {
        return false;
    }
    let mut words = words_iter(text, s_start, start).map(|(_, w)| w).peekable();
    let mut prev: Option<&str> = None;
    while let Some(word) = words.next() {
        if may_begin(word) {
            let next = words.peek().map(|w| lower(w));
            let next = next.as_deref();
            let hit = match lower(word).as_ref() {
                "đề" => match next {
                    Some("xuất") => true,
                    Some("nghị") => !matches!(prev.map(lower).as_deref(), Some("theo" | "sở")),
                    _ => false,
                },
                "xét" => matches!(next, Some("tặng" | "khen" | "công")),
                "dự" => next == Some("kiến"),
                "chuẩn" => next == Some("bị"),
                "có" => next == Some("thể"),
                "nếu" | "sẽ" => true,
                _ => false,
            };
            if hit {
                return true;
            }
        }
        prev = Some(word);
    }
    false
}

/// True when an award named without a number is given or received in its
/// sentence: a verb before it ("trao", "tặng", "nhận", "đạt danh hiệu"), or
/// for "khen thưởng" a verb right before it ("được khen thưởng", "đã được
/// biểu dương, khen thưởng", "trao khen thưởng"). The items of a list after
/// a colon take the verb before the colon ("trao tặng các phần thưởng cao
/// quý: Bằng khen của Thủ tướng Chính phủ; …").
fn conferred(text: &str, m: &Mention, s_start: usize, before: &str) -> bool {
    if m.is_generic() {
        let tail = before.trim_end().to_lowercase();
        let tail = tail.trim_end_matches(',').trim_end();
        let tail = tail
            .strip_suffix("biểu dương")
            .or_else(|| tail.strip_suffix("tuyên dương"))
            .map_or(tail, str::trim_end);
        return ["được", "trao", "tặng"]
            .iter()
            .any(|v| tail.ends_with(v) && is_whole_word(tail, tail.len() - v.len(), tail.len()));
    }
    let mut from = s_start;
    // Back over the items of a list ("…; …") to the colon that opens it.
    for _ in 0..6 {
        if gives_in(text, from, m.start, m.is_title()) {
            return true;
        }
        let opened = text[..from].trim_end();
        if opened.ends_with(':') || opened.ends_with(';') {
            from = sentence_start(text, opened.len() - 1);
        } else {
            return false;
        }
    }
    false
}

/// True when `text[from..to]` holds a verb that gives or receives an award.
fn gives_in(text: &str, from: usize, to: usize, title: bool) -> bool {
    let words: Vec<Cow<str>> = words_iter(text, from, to).map(|(_, w)| lower(w)).collect();
    (0..words.len()).any(|i| {
        let prev = i.checked_sub(1).map(|j| words[j].as_ref());
        let next = words.get(i + 1).map(Cow::as_ref);
        match words[i].as_ref() {
            // "tặng quà", "trao đổi", "ghi nhận", "nhận thức": no award.
            "tặng" => !matches!(next, Some("quà" | "hoa")),
            "trao" => !matches!(next, Some("đổi" | "quà" | "hoa" | "quyền")),
            "nhận" => {
                !matches!(prev, Some("ghi" | "tiếp" | "xác" | "thừa" | "nhìn"))
                    && !matches!(
                        next,
                        Some("thức" | "xét" | "định" | "diện" | "thấy" | "lời" | "nhiệm" | "quà")
                    )
            }
            // "đạt (được) danh hiệu …", right before the title.
            "đạt" => title && matches!(next, None | Some("được")) && words.len() - i <= 2,
            _ => false,
        }
    })
}

/// Each conferral once: a statement restated (same award and counts, no
/// other giver; the first is kept, with the giver a restatement names), a total of the others ("Khen thưởng 49 cá nhân" over 24,
/// 20 and 5), an award without numbers restated with them or more precisely
/// ("danh hiệu chiến sĩ thi đua" beside "danh hiệu chiến sĩ thi đua cơ sở"),
/// and "khen thưởng" without numbers beside a named award are dropped.
fn consolidate(found: Vec<Award>) -> Vec<Award> {
    let key = |a: &Award| (a.collectives, a.individuals, a.count);
    let mut kept: Vec<Award> = Vec::with_capacity(found.len());
    for a in found {
        let restated = kept.iter_mut().find(|k| {
            k.award == a.award
                && key(k) == key(&a)
                && (k.giver.is_none() || a.giver.is_none() || k.giver == a.giver)
        });
        match restated {
            // The restatement may name the giver the first one left out.
            Some(k) => {
                if k.giver.is_none() {
                    k.giver = a.giver;
                }
            }
            None => kept.push(a),
        }
    }
    let numbered =
        |a: &Award| a.collectives.is_some() || a.individuals.is_some() || a.count.is_some();
    let drop: Vec<bool> = (0..kept.len())
        .map(|i| {
            let a = &kept[i];
            let others = || {
                kept.iter()
                    .enumerate()
                    .filter(move |&(j, _)| j != i)
                    .map(|(_, b)| b)
            };
            if !numbered(a) {
                return others().any(|b| {
                    (b.award == a.award && numbered(b))
                        || b.award.starts_with(&format!("{} ", a.award))
                        || (a.award == GENERIC && b.award != GENERIC)
                });
            }
            let parts: Vec<&Award> = others()
                .filter(|b| b.award == a.award && numbered(b))
                .collect();
            let sum =
                |f: fn(&Award) -> Option<u32>| parts.iter().map(|b| f(b).unwrap_or(0)).sum::<u32>();
            parts.len() >= 2
                && sum(|b| b.collectives) == a.collectives.unwrap_or(0)
                && sum(|b| b.individuals) == a.individuals.unwrap_or(0)
                && sum(|b| b.count) == a.count.unwrap_or(0)
        })
        .collect();
    kept.into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(a, _)| a)
        .collect()
}

/// True when `before` (the text between the previous award and this one) ends
/// with the award being received: "… được tặng", "… nhận", "… đạt"; for
/// "khen thưởng" (`generic`), "… được".
fn received_here(before: &str, generic: bool) -> bool {
    // The longest phrase has 16 chars and lower-casing never shortens a char,
    // so the last 16 chars decide; the rest is not lower-cased.
    let trimmed = before.trim_end();
    let from = trimmed.char_indices().nth_back(15).map_or(0, |(i, _)| i);
    let lower = trimmed[from..].to_lowercase();
    let tail = lower.trim_end();
    RECEIVED.iter().any(|r| tail.ends_with(r)) || (generic && tail.ends_with("được"))
}

/// How a sentence says its subject received the award after it.
const RECEIVED: &[&str] = &[
    "được tặng",
    "được trao",
    "được trao tặng",
    "được tặng thưởng",
    "được phong tặng",
    "được khen thưởng",
    "được công nhận",
    "nhận",
    "đạt",
];

/// The first `N <noun>` of `re` in `span` (which starts at `offset` in
/// `text`): start, end and N. Not a count: "một trong 20 DN" (one of them),
/// and number words that end a longer numeral.
fn first_count(re: &Regex, text: &str, offset: usize, span: &str) -> Option<(usize, usize, u32)> {
    re.find_iter(span).find_map(|whole| {
        let at = offset + whole.start();
        if !boundary_before(text, at)
            || !is_whole_word(text, at, offset + whole.end())
            || continues_numeral(text, at)
            || after_trong(text, at)
        {
            return None;
        }
        Some((
            at,
            offset + whole.end(),
            small_count(text, at, count_number(whole.as_str()))?,
        ))
    })
}

/// True when the word before `at` is "trong" or "số" ("một trong 20 DN",
/// "trong số 20 đơn vị"): a part of the number, not the number given.
fn after_trong(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word = &before[before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i)..];
    matches!(word, "trong" | "Trong" | "số")
}

/// The number of a [`COLLECTIVES`] or [`INDIVIDUALS`] match: all before the
/// noun, the last one or two words. Cutting the match by hand spares the
/// capture group's second, slower engine.
fn count_number(whole: &str) -> &str {
    let lower = whole.to_lowercase();
    let noun_words = COLLECTIVE_NOUNS
        .iter()
        .chain(INDIVIDUAL_NOUNS)
        .filter(|n| {
            lower
                .strip_suffix(**n)
                .is_some_and(|rest| rest.ends_with(' '))
        })
        .map(|n| n.split(' ').count())
        .max()
        .unwrap_or(2);
    let mut spaces = whole.rmatch_indices(' ');
    let cut = spaces.nth(noun_words - 1);
    cut.map_or(whole, |(i, _)| &whole[..i])
}

/// True when nothing word-like is glued to the left of `at`.
fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '.')
}

/// Words before "năm" that make it "year", not "five": "trong năm", "cuối năm".
const YEAR_BEFORE: &[&str] = &[
    "trong", "cuối", "đầu", "hằng", "hàng", "mỗi", "các", "những", "qua", "cả", "giữa", "nửa",
];

/// A number that can count awards or recipients: a whole number from 1 to
/// 9999 that is not a year, nor "năm" meaning "year" ("trong năm tập thể …").
fn small_count(text: &str, at: usize, s: &str) -> Option<u32> {
    if s.eq_ignore_ascii_case("năm") || s == "Năm" {
        let prev = text[..at]
            .split_whitespace()
            .next_back()
            .map(str::to_lowercase);
        if prev.is_some_and(|p| YEAR_BEFORE.contains(&p.as_str())) {
            return None;
        }
    }
    let value = parse_number(s)?;
    let whole = value.fract() == 0.0 && (1.0..10000.0).contains(&value);
    let year_like = s.len() == 4 && (1900.0..=2100.0).contains(&value);
    (whole && !year_like).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (award, collectives, individuals, count, giver).
    type Expected = &'static [(
        &'static str,
        Option<u32>,
        Option<u32>,
        Option<u32>,
        Option<&'static str>,
    )];

    /// Real phrases (seeds and corpus) and the awards read off them by hand.
    const EXAMPLES: &[(&str, Expected)] = &[
        (
            "Nhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích",
            &[(
                "bằng khen",
                Some(11),
                Some(13),
                Some(24),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Dịp này, UBND tỉnh đã trao tặng 01 cờ thi đua, tặng bằng khen cho 17 tập thể và 23 cá nhân đã có thành tích xuất sắc",
            &[
                ("cờ thi đua", None, None, Some(1), Some("UBND tỉnh")),
                ("bằng khen", Some(17), Some(23), Some(40), Some("UBND tỉnh")),
            ],
        ),
        (
            "Nhân dịp này, UBND tỉnh đã tặng Bằng khen cho 10 tập thể và 12 cá nhân có thành tích tiêu biểu",
            &[("bằng khen", Some(10), Some(12), Some(22), Some("UBND tỉnh"))],
        ),
        (
            "17 tập thể, 23 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
            &[(
                "bằng khen",
                Some(17),
                Some(23),
                Some(40),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Chủ tịch UBND TP.Hà Nội đã tặng bằng khen cho 1 tập thể, 5 cá nhân tham gia 2 chuyên án; Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân.",
            &[
                (
                    "bằng khen",
                    Some(1),
                    Some(5),
                    Some(6),
                    Some("Chủ tịch UBND TP.Hà Nội"),
                ),
                (
                    "giấy khen",
                    Some(1),
                    Some(16),
                    Some(17),
                    Some("Giám đốc Công an TP.Hà Nội"),
                ),
            ],
        ),
        (
            "Thủ tướng Chính phủ tặng Bằng khen cho ba tập thể",
            &[(
                "bằng khen",
                Some(3),
                None,
                Some(3),
                Some("Thủ tướng Chính phủ"),
            )],
        ),
        (
            "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể và 1 cá nhân",
            &[(
                "huân chương lao động hạng ba",
                Some(2),
                Some(1),
                Some(3),
                Some("Chủ tịch nước"),
            )],
        ),
        (
            "BẰNG KHEN CHO 5 TẬP THỂ",
            &[("bằng khen", Some(5), None, Some(5), None)],
        ),
        (
            "Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho hai mươi mốt cá nhân",
            &[(
                "kỷ niệm chương",
                None,
                Some(21),
                Some(21),
                Some("Bộ trưởng Bộ Nội vụ"),
            )],
        ),
        (
            "đồng chí Nguyễn Xuân Đường - Chủ tịch UBND tỉnh đã trao tặng cờ thi đua năm 2016 của tỉnh Nghệ An cho Trung tâm KHXH&NV.",
            &[("cờ thi đua", None, None, None, Some("Chủ tịch UBND tỉnh"))],
        ),
        (
            "UBND tỉnh trao tặng Cờ thi đua xuất sắc cho Sở Nội vụ.",
            &[("cờ thi đua xuất sắc", None, None, None, Some("UBND tỉnh"))],
        ),
        (
            "tặng danh hiệu Tập thể lao động xuất sắc cho 4 tập thể",
            &[(
                "danh hiệu tập thể lao động xuất sắc",
                Some(4),
                None,
                Some(4),
                None,
            )],
        ),
        (
            "Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 7 cá nhân",
            &[(
                "danh hiệu chiến sĩ thi đua cấp tỉnh",
                None,
                Some(7),
                Some(7),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Giám đốc Công an TP.Hà Nội cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân; UBND quận Bắc Từ Liêm tặng giấy khen cho 13 cá nhân",
            &[
                (
                    "giấy khen",
                    Some(1),
                    Some(16),
                    Some(17),
                    Some("Giám đốc Công an TP.Hà Nội"),
                ),
                (
                    "giấy khen",
                    None,
                    Some(13),
                    Some(13),
                    Some("UBND quận Bắc Từ Liêm"),
                ),
            ],
        ),
        (
            "UBND tỉnh tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 3 cá nhân",
            &[(
                "bằng khen",
                Some(2),
                Some(3),
                Some(5),
                Some("Thủ tướng Chính phủ"),
            )],
        ),
        (
            "Dịp này, 5 tập thể và 7 cá nhân được tặng Giấy khen của Giám đốc Sở Nội vụ.",
            &[(
                "giấy khen",
                Some(5),
                Some(7),
                Some(12),
                Some("Giám đốc Sở Nội vụ"),
            )],
        ),
        (
            "Nhân dịp này, Chủ tịch UBND tỉnh trao 25 Bằng khen cho các tập thể, cá nhân",
            &[(
                "bằng khen",
                None,
                None,
                Some(25),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        (
            "Chủ tịch UBND huyện tặng Giấy khen cho năm tập thể",
            &[(
                "giấy khen",
                Some(5),
                None,
                Some(5),
                Some("Chủ tịch UBND huyện"),
            )],
        ),
        (
            "Bộ trưởng Bộ Công an tặng Bằng khen cho 3 đơn vị và 12 đồng chí có thành tích xuất sắc",
            &[(
                "bằng khen",
                Some(3),
                Some(12),
                Some(15),
                Some("Bộ trưởng Bộ Công an"),
            )],
        ),
        // a conferral without numbers (a caption that restates a numbered
        // one is dropped beside it: see `documents`)
        (
            "trao Bằng khen cho các tập thể và cá nhân có thành tích trong năm tập thể hóa",
            &[("bằng khen", None, None, None, None)],
        ),
        (
            "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân",
            &[("bằng khen", None, None, None, Some("Chủ tịch UBND tỉnh"))],
        ),
        (
            "Trung tâm đã được Chính phủ và UBND tỉnh ghi nhận và trao tặng các phần thưởng cao quý: Bằng khen của Thủ tướng Chính phủ; UBND tỉnh tặng Cờ đơn vị xuất sắc trong phong trào thi đua năm 2012, 2016 và Bằng khen tập thể lao động xuất sắc các năm 2011, 2012.",
            &[
                ("bằng khen", None, None, None, Some("Thủ tướng Chính phủ")),
                (
                    "cờ đơn vị xuất sắc trong phong trào thi đua",
                    None,
                    None,
                    None,
                    Some("UBND tỉnh"),
                ),
                ("bằng khen", None, None, None, Some("UBND tỉnh")),
            ],
        ),
        (
            "Ngôi sao bóng đá Argentina Lionel Messi đã nhận Huân chương Tự do của tổng thống Mỹ trong một buổi lễ",
            &[("huân chương tự do", None, None, None, None)],
        ),
        (
            "Bí thư Thành ủy Đà Nẵng Nguyễn Xuân Anh trao cúp và bằng khen cho Tập đoàn Sun Group, một trong 20 DN được tôn vinh",
            &[("bằng khen", None, None, None, None)],
        ),
        (
            "Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện Đắk Song trao giấy khen cho các tập thể và cá nhân có thành tích trong năm 2018",
            &[(
                "giấy khen",
                None,
                None,
                None,
                Some("Chủ tịch UBND huyện Đắk Song"),
            )],
        ),
        // "khen thưởng" with no award named is the award
        (
            "Hội Doanh nghiệp quận cũng đã trao khen thưởng cho 5 cá nhân có nhiều đóng góp",
            &[("khen thưởng", None, Some(5), Some(5), None)],
        ),
        (
            "Dịp này, Hiệp hội Doanh nghiệp Thành phố khen thưởng cho 24 cá nhân; UBND Quận 12 khen thưởng cho 20 cá nhân đã có nhiều đóng góp",
            &[
                ("khen thưởng", None, Some(24), Some(24), None),
                ("khen thưởng", None, Some(20), Some(20), Some("UBND")),
            ],
        ),
        (
            "Nhiều tập thể, cá nhân có thành tích xuất sắc trong hoạt động của Hội đồng nhân dân tỉnh Hà Nam khóa 19, nhiệm kỳ 2021-2026 đã được biểu dương, khen thưởng.",
            &[("khen thưởng", None, None, None, None)],
        ),
        // titles: "danh hiệu" and the title, listed or quoted
        (
            "Chị Nguyễn Thị Tình, công nhân Đội 2, Chi nhánh Công ty 75, đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở nhờ kỹ thuật cạo mủ giỏi",
            &[("danh hiệu chiến sĩ thi đua cơ sở", None, None, None, None)],
        ),
        (
            "Theo Ban tổ chức, 20 DN được tặng danh hiệu “DN Đà Nẵng tiêu biểu” là những DN có tăng trưởng cao",
            &[(
                "danh hiệu dn đà nẵng tiêu biểu",
                Some(20),
                None,
                Some(20),
                None,
            )],
        ),
        (
            "Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng",
            &[(
                "danh hiệu đơn vị thi đua quyết thắng",
                Some(6),
                None,
                Some(6),
                None,
            )],
        ),
        (
            "Chủ tịch nước tặng Huân chương Quân công hạng Nhất cho 2 tập thể",
            &[(
                "huân chương quân công hạng nhất",
                Some(2),
                None,
                Some(2),
                Some("Chủ tịch nước"),
            )],
        ),
        // a list of titles given: each item's recipients before it
        (
            "Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng, 50 cán bộ chiến sỹ tiên tiến; đơn vị công an huyện",
            &[
                (
                    "danh hiệu đơn vị thi đua quyết thắng",
                    Some(6),
                    None,
                    Some(6),
                    None,
                ),
                (
                    "danh hiệu chiến sỹ tiên tiến",
                    None,
                    Some(50),
                    Some(50),
                    None,
                ),
            ],
        ),
        // the recipients before an award received are its own
        (
            "Dịp này, 17 tập thể được tặng Bằng khen, 5 cá nhân được tặng Giấy khen của Giám đốc Sở Nội vụ.",
            &[
                ("bằng khen", Some(17), None, Some(17), None),
                (
                    "giấy khen",
                    None,
                    Some(5),
                    Some(5),
                    Some("Giám đốc Sở Nội vụ"),
                ),
            ],
        ),
        // a statement ends at an HTML block tag left in the page
        (
            "<p><strong>Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện Đắk Song trao giấy khen cho các tập thể và cá nhân có thành tích trong năm 2018</strong></p><p>Nhân dịp này, đã có 6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng</p>",
            &[
                (
                    "giấy khen",
                    None,
                    None,
                    None,
                    Some("Chủ tịch UBND huyện Đắk Song"),
                ),
                (
                    "danh hiệu đơn vị thi đua quyết thắng",
                    Some(6),
                    None,
                    Some(6),
                    None,
                ),
            ],
        ),
        // other counted recipients give the count
        (
            "UBND huyện tặng Giấy khen cho 90 gia đình văn hóa tiêu biểu",
            &[("giấy khen", None, None, Some(90), Some("UBND huyện"))],
        ),
        // a proposal of the giver's is reported with the conferral
        (
            "Theo đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể",
            &[(
                "bằng khen",
                Some(10),
                None,
                Some(10),
                Some("Chủ tịch UBND tỉnh"),
            )],
        ),
        // numbers in words are read whole or not at all: not 11
        (
            "Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho hai mươi mốt nghìn không trăm mười một cá nhân",
            &[(
                "kỷ niệm chương",
                None,
                None,
                None,
                Some("Bộ trưởng Bộ Nội vụ"),
            )],
        ),
        // not award statements
        (
            "Sở Nội vụ tỉnh Cà Mau đã có hồ sơ đề xuất chủ tịch tỉnh tặng bằng khen cho bà Bùi Lệ Oanh",
            &[],
        ),
        (
            "bà Oanh có thể được thưởng một tháng lương tối thiểu nếu được chủ tịch tỉnh tặng bằng khen.",
            &[],
        ),
        (
            "Lạng Sơn đón nhận Danh hiệu Công viên địa chất toàn cầu UNESCO",
            &[],
        ),
        (
            "Nhà trường đã xây dựng quy chế khen thưởng cho đơn vị dựa trên Nghị định số 73/2024/NĐ-CP",
            &[],
        ),
        (
            "họp hội đồng thi đua, khen thưởng để lấy ý kiến và thông qua dự thảo quy chế",
            &[],
        ),
        (
            "Nói về những thành tích của mình chị cho biết: “Để đạt chiến sĩ thi đua cấp cơ sở không đơn giản.",
            &[],
        ),
        (
            "Ban Thi đua - Khen thưởng tỉnh hướng dẫn 5 tập thể hoàn thiện hồ sơ",
            &[],
        ),
        (
            "Sở Nội vụ đã thống nhất đề xuất chủ tịch tỉnh tặng bằng khen cùng mức thưởng tương đương 21 tháng lương tối thiểu.",
            &[],
        ),
        (
            "các danh hiệu: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ, Chiến sĩ thi đua toàn quốc.",
            &[],
        ),
        (
            "từ năm 2018 đến nay, chị có 7 năm liên tục là chiến sĩ thi đua cấp cơ sở",
            &[],
        ),
        (
            "thời điểm chuẩn bị nhận giấy khen mẫu giáo để vô lớp 1",
            &[],
        ),
        ("Việt Nam giành 3 huy chương vàng", &[]),
        ("Bằng khen của Thủ tướng Chính phủ;", &[]),
    ];

    #[test]
    fn examples() {
        for (phrase, expected) in EXAMPLES {
            let got = find_awards(phrase);
            assert_eq!(got.len(), expected.len(), "{phrase:?}: {got:#?}");
            for (a, (award, col, ind, count, giver)) in got.iter().zip(expected.iter()) {
                assert_eq!(&phrase[a.start..a.end], a.text, "{phrase:?}");
                assert_eq!(a.award, *award, "{phrase:?}");
                assert_eq!(
                    (a.collectives, a.individuals, a.count),
                    (*col, *ind, *count),
                    "{phrase:?}"
                );
                assert_eq!(a.giver.as_deref(), *giver, "{phrase:?}");
            }
        }
    }

    /// (award, collectives, individuals, count).
    type Summary = (String, Option<u32>, Option<u32>, Option<u32>);

    fn summary(text: &str) -> Vec<Summary> {
        find_awards(text)
            .into_iter()
            .map(|a| (a.award, a.collectives, a.individuals, a.count))
            .collect()
    }

    /// Whole reports in short: each conferral once.
    #[test]
    fn documents() {
        let s = |a: &str| a.to_string();
        // A caption restating a numbered conferral without its numbers.
        assert_eq!(
            summary(
                "Đồng chí Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể và cá nhân\nNhân dịp này, Chủ tịch UBND tỉnh đã trao Bằng khen cho 11 tập thể và 13 cá nhân có thành tích"
            ),
            [(s("bằng khen"), Some(11), Some(13), Some(24))]
        );
        // A headline total, a caption, and the three conferrals it sums.
        assert_eq!(
            summary(
                "Quận 12: Khen thưởng 49 cá nhân có nhiều đóng góp\nLãnh đạo Hiệp hội Doanh nghiệp Thành phố và UBND Quận 12 trao khen thưởng cho các cá nhân\nDịp này, Hiệp hội Doanh nghiệp Thành phố khen thưởng cho 24 cá nhân; UBND Quận 12 khen thưởng cho 20 cá nhân đã có nhiều đóng góp. Hội Doanh nghiệp quận cũng đã trao khen thưởng cho 5 cá nhân có nhiều đóng góp."
            ),
            [
                (s("khen thưởng"), None, Some(24), Some(24)),
                (s("khen thưởng"), None, Some(20), Some(20)),
                (s("khen thưởng"), None, Some(5), Some(5)),
            ]
        );
        // A title restated, once less precisely.
        assert_eq!(
            summary(
                "Chị Tình đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở nhờ kỹ thuật cạo mủ giỏi.\nGắn với nghề cạo mủ hơn 15 năm, chị Tình nhiều năm liền đạt danh hiệu chiến sĩ thi đua. Chị Tình đã 7 năm liên tục đạt danh hiệu chiến sĩ thi đua cơ sở."
            ),
            [(s("danh hiệu chiến sĩ thi đua cơ sở"), None, None, None)]
        );
        // "khen thưởng" without numbers beside the awards it sums up.
        assert_eq!(
            summary(
                "Nhiều tập thể, cá nhân đã được biểu dương, khen thưởng. Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể, 5 cá nhân."
            ),
            [(s("bằng khen"), Some(1), Some(5), Some(6))]
        );
        // The front matter's title is not the body.
        assert_eq!(
            summary("---\ntitle: \"Khen thưởng 49 cá nhân\"\n---\nBài viết"),
            []
        );
    }

    #[test]
    fn seeds() {
        let s = |a: &str| a.to_string();
        assert_eq!(
            summary(include_str!("../../fixtures/000_son_la_cchc_2016.txt")),
            [(s("bằng khen"), Some(11), Some(13), Some(24))]
        );
        assert_eq!(
            summary(include_str!("../../fixtures/001_bac_kan_cchc_2017.txt")),
            []
        );
        assert_eq!(
            summary(include_str!("../../fixtures/002_cchc_index_2015.txt")),
            []
        );
        assert_eq!(
            summary(include_str!("../../fixtures/003_an_giang_cchc_2015.txt")),
            [
                (s("cờ thi đua"), None, None, Some(1)),
                (s("bằng khen"), Some(17), Some(23), Some(40)),
            ]
        );
        assert_eq!(
            summary(include_str!("../../fixtures/004_son_la_sipas_2022.txt")),
            [(s("bằng khen"), Some(10), Some(12), Some(22))]
        );
    }

    #[test]
    fn every_name_holds_one_anchor() {
        for name in &all_names() {
            assert!(
                ANCHOR_PIECES.iter().any(|a| name.contains(a)),
                "{name:?} has no anchor"
            );
        }
        for a in ANCHOR_PIECES {
            assert!(a.chars().filter(|c| !c.is_ascii()).count() <= 1, "{a:?}");
            assert_eq!(a.to_lowercase(), *a, "{a:?}");
            // The upper case of its non-ASCII char has the same length.
            assert_eq!(a.to_uppercase().len(), a.len(), "{a:?}");
        }
    }

    /// The names as found before: the automaton over the whole lower-cased text.
    fn names_lowering_everything(text: &str) -> Vec<(usize, usize)> {
        let lower = lower_aligned(text);
        AWARD_NAMES
            .find_iter(&lower)
            .map(|m| (m.start(), m.end()))
            .filter(|&(s, e)| is_whole_word(text, s, e))
            .collect()
    }

    #[test]
    fn anchors_find_what_lowering_finds() {
        for text in [
            include_str!("../../fixtures/000_son_la_cchc_2016.txt"),
            include_str!("../../fixtures/003_an_giang_cchc_2015.txt"),
            "HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA, Huân Chương Độc Lập hạng Nhì, kỶ NiỆm ChƯơNg",
            "NHÀ GIÁO ƯU TÚ, Thầy Thuốc Nhân Dân, Anh hùng Lực lượng Vũ trang Nhân dân",
        ] {
            assert_eq!(award_names(text), names_lowering_everything(text));
        }
        for (phrase, _) in EXAMPLES {
            assert_eq!(award_names(phrase), names_lowering_everything(phrase));
        }
    }

    proptest::proptest! {
        #[test]
        fn anchors_find_what_lowering_finds_in_any_case(
            text in "(bằng|BẰNG|bẰng|BằNG| |khen|KHEN|kHeN|huân|HUÂN|hUÂn|chương|CHƯƠNG|ChƯơng|lao|LAO|động|ĐỘNG|Động|hạng|HẠNG|hẠng|ba|BA|nhất|NHẤT|cờ|CỜ|thi|đua|ĐUA|xuất|sắc|SẮC|giấy|GIẤY|kỷ|KỶ|niệm|NIỆM|tập|thể|THỂ|tiên|tiến|TIẾN|nhà|giáo|GIÁO|ưu|ƯU|tú|thầy|THẦY|thuốc|vũ|VŨ|trang|huy|vì|sự|nghiệp|XUẤT|đơn|vị|kỉ|anh|hùng|nhân|dân|x|İ|K|ể|\n|,){0,30}"
        ) {
            proptest::prop_assert_eq!(award_names(&text), names_lowering_everything(&text));
        }
    }

    /// GIVER as it was written, each alternative with its own place or body.
    fn giver_as_listed() -> Regex {
        let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
        let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
        Regex::new(&format!(
            r"Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND){place}|Bộ trưởng Bộ{body}|Giám đốc (?:Sở{body}|Công an{place})|(?:UBND|Ủy ban nhân dân){place}|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
        ))
        .unwrap()
    }

    fn spans(re: &Regex, text: &str) -> Vec<(usize, usize)> {
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn grouped_givers_match_as_listed_on_examples() {
        let listed = giver_as_listed();
        for (phrase, _) in EXAMPLES {
            assert_eq!(spans(&GIVER, phrase), spans(&listed, phrase), "{phrase:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn grouped_givers_match_as_listed(
            text in "(Chủ tịch|Chủ|tịch|nước|Thủ tướng|Chính phủ|UBND|Ủy ban nhân dân|HĐND|Bộ trưởng|Bộ|Nội vụ|Giám đốc|Sở|Công an|Ban|Thường vụ|Tỉnh ủy|Thi đua|-|Khen thưởng|Trung ương|tỉnh|thành phố|huyện|quận|thị xã|TP|TP.|.|Hà|Nội|Bắc|Từ|Liêm|và|Kế|hoạch|Đầu|tư|giao|Ǆ|ǅ| |  |,){0,24}"
        ) {
            let listed = giver_as_listed();
            proptest::prop_assert_eq!(spans(&GIVER, &text), spans(&listed, &text));
        }

        #[test]
        fn counts_cut_by_hand_equal_the_group(
            text in "(1|25|1.234|3,5| |  |một|hai|mươi|mốt|năm|nghìn|triệu|không|tập thể|TẬP THỂ|tẬp Thể|đơn vị|ĐƠN VỊ|cá nhân|CÁ NHÂN|đồng chí|Đồng Chí|DN|dn|đội|ĐỘI|cán bộ|doanh nghiệp|chiến sỹ|x|,){0,20}"
        ) {
            for re in [&*COLLECTIVES, &*INDIVIDUALS, &*COUNT_BEFORE] {
                for c in re.captures_iter(&text) {
                    let (whole, number) = (c.get(0).unwrap().as_str(), c.get(1).unwrap().as_str());
                    let by_hand = if std::ptr::eq(re, &*COUNT_BEFORE) {
                        &whole[..whole.len() - 1]
                    } else {
                        count_number(whole)
                    };
                    proptest::prop_assert_eq!(by_hand, number);
                }
            }
        }

        #[test]
        fn received_here_reads_only_the_tail(
            text in "(được|tặng|trao|nhận|khen|thưởng|ĐƯỢC|TẶNG|NHẬN|Được|İ|Σ|x| |  |\\.){0,12}"
        ) {
            let lower = text.to_lowercase();
            let tail = lower.trim_end();
            let whole = RECEIVED.iter().any(|p| tail.ends_with(p));
            proptest::prop_assert_eq!(received_here(&text, false), whole);
            proptest::prop_assert_eq!(
                received_here(&text, true),
                whole || tail.ends_with("được")
            );
        }
    }

    /// The proposal words' automaton finds each first word in lower case,
    /// with a capital and in capitals, so skipping a span without a hit
    /// never hides a proposal.
    #[test]
    fn proposal_words_in_every_case() {
        for (phrase, proposal) in [
            ("Đề nghị Thủ tướng tặng Bằng khen", true),
            ("ĐỀ XUẤT tặng Bằng khen", true),
            ("Xét tặng Bằng khen", true),
            ("UBND tỉnh sẽ tặng Bằng khen", true),
            ("Nếu đạt, tặng Bằng khen", true),
            ("DỰ KIẾN tặng Bằng khen", true),
            ("Chuẩn bị trao Bằng khen", true),
            ("Có thể tặng Bằng khen", true),
            ("Theo đề nghị của Sở Nội vụ, tặng Bằng khen", false),
            ("Chủ tịch UBND tỉnh trao tặng Bằng khen", false),
        ] {
            let start = phrase.find("Bằng khen").unwrap();
            assert_eq!(proposed(phrase, 0, start), proposal, "{phrase:?}");
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "bằng khen",
            "Bằng khen cho ",
            "İbằng khen",
            "1 bằng khen",
            "bằng khen cho Ể",
        ] {
            let _ = find_awards(s);
        }
    }
}
