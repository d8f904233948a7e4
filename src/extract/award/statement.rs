//! The award statement around a mention: its counts, its giver, and whether
//! it states a conferral at all (a verb that gives or receives; no proposal,
//! plan or condition before it).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use std::borrow::Cow;

use crate::extract::number::continues_numeral;
use crate::text::case::lower;
use crate::text::clause::sentence_start;
use crate::text::words::{is_whole_word, words_iter};

use super::Award;
use super::count::{
    COUNT_BEFORE, OTHER_RECIPIENTS, OTHER_RECIPIENTS_BEFORE, boundary_before, counts_after,
    counts_before, received_here, small_count,
};
use super::mention::Mention;

/// The givers; `place` and `body` are written once each, as their Unicode
/// classes make most of the build cost. No two alternatives can match at the
/// same position (their first words differ), so grouping them does not change
/// which one matches.
pub(super) static GIVER: LazyLock<Regex> = LazyLock::new(|| {
    // A district or city may carry its name; "tỉnh" may not, as a person's
    // name often follows it ("Chủ tịch UBND tỉnh Vương Bình Thạnh").
    let place = r"(?: tỉnh| (?:thành phố|huyện|quận|thị xã)(?: \p{Lu}\p{L}*){0,3}|(?: TP\.? ?| TP\.)\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?)?";
    // A ministry's or department's name: "Nội vụ", "Giao thông Vận tải",
    // "Kế hoạch và Đầu tư".
    let body = r" \p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?(?: (?:và )?\p{Lu}\p{L}*(?: \p{Ll}\p{L}*)?)?";
    Regex::new(&format!(
        r"(?:Chủ tịch (?:UBND|Ủy ban nhân dân|HĐND)|Giám đốc Công an|UBND|Ủy ban nhân dân){place}|(?:Bộ trưởng Bộ|Giám đốc Sở){body}|Chủ tịch nước|Thủ tướng(?: Chính phủ)?|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Chính phủ|Bộ Nội vụ|Ban Thi đua - Khen thưởng(?: Trung ương| tỉnh)?"
    ))
    .unwrap()
});

/// The award statement around the mention `m`, if it states a conferral.
/// `s_start` is where its sentence starts; the counts are read in
/// `before_from..m.start` and `m.end..after_to`.
pub(super) fn statement(
    text: &str,
    m: &Mention,
    proposals: &[usize],
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

    // The recipients before an award received ("17 tập thể, 23 cá nhân được
    // tặng Bằng khen") or before a listed title are its own; else those after.
    let (mut collectives, mut individuals) = (None, None);
    let received = m.listed || received_here(before, m.is_generic());
    if received {
        (collectives, individuals) = counts_before(text, before_from, before);
    }
    if collectives.is_none()
        && individuals.is_none()
        && let Some((offset, span)) = direct
    {
        // After "khen thưởng" the recipients must follow at once; after a
        // named award, "cho" or "tặng" must bring them ("Huân chương Độc lập lần này,
        // có bốn gia đình nhận …" counts another award's recipients).
        (collectives, individuals) = counts_after(text, offset, span, m.is_generic());
        let first = [collectives, individuals]
            .into_iter()
            .flatten()
            .map(|c| c.0)
            .min();
        if let Some(first) = first
            && !m.is_generic()
            && !brings_recipients(&text[end..first])
        {
            (collectives, individuals) = (None, None);
        }
    }
    // "103 tập thể và cá nhân", "25 tập thể, cá nhân": one number for both
    // kinds, so neither is known; it is the count.
    let mixed = match (collectives, individuals) {
        (Some((at, end, n)), None) => both_kinds_end(text, end, "cá nhân").map(|end| (at, end, n)),
        (None, Some((at, end, n))) => both_kinds_end(text, end, "tập thể").map(|end| (at, end, n)),
        _ => None,
    };
    if mixed.is_some() {
        (collectives, individuals) = (None, None);
    }
    let others = if mixed.is_some() {
        mixed
    } else if collectives.is_none() && individuals.is_none() {
        other_recipients(text, end, after).or_else(|| {
            received
                .then(|| other_recipients_before(text, before_from, before))
                .flatten()
        })
    } else {
        None
    };
    // "13 Chiến sĩ thi đua toàn quốc": the number before a person's title
    // counts persons.
    if collectives.is_none() && individuals.is_none() && m.is_person_title() {
        individuals = count_before.map(|(at, n)| (at, start, n));
    }

    let numbered = count_before.is_some()
        || collectives.is_some()
        || individuals.is_some()
        || others.is_some();
    if !numbered && !conferred(text, m, s_start, before) {
        return None;
    }
    // Proposals, plans and conditions give nothing yet.
    if proposed(text, proposals, s_start, start) {
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
        others.map(|(at, _, _)| at),
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
        award: m.output_name(),
        collectives: collectives.map(|(_, _, n)| n),
        individuals: individuals.map(|(_, _, n)| n),
        count,
        giver,
        start: first,
        end: last,
    })
}

/// True when the words between an award and its first count bring the
/// recipients: "cho" or "tặng" among them ("Huân chương Lao động hạng Ba
/// của Chủ tịch nước tặng ba cá nhân"), or nothing but a space.
fn brings_recipients(between: &str) -> bool {
    between.trim().is_empty()
        || words_iter(between, 0, between.len())
            .any(|(_, w)| w.eq_ignore_ascii_case("cho") || lower(w) == "tặng")
}

/// Where the other kind ends when the count noun ending at `end` is joined
/// to it without a number of its own: "tập thể| và cá nhân", "cá nhân|, tập
/// thể".
fn both_kinds_end(text: &str, end: usize, other: &str) -> Option<usize> {
    let rest = &text[end..];
    [" và ", ", ", " và các ", ", các "]
        .iter()
        .find_map(|join| {
            let word = rest.strip_prefix(join)?.get(..other.len())?;
            let (from, to) = (end + join.len(), end + join.len() + other.len());
            (lower(word) == other && is_whole_word(text, from, to)).then_some(to)
        })
}

/// `cho N <recipients>` right after the award, recipients that are neither
/// collectives nor individuals ("tặng Bằng khen cho 90 hộ gia đình"): start,
/// end and N.
pub(super) fn other_recipients(text: &str, end: usize, after: &str) -> Option<(usize, usize, u32)> {
    let caps = OTHER_RECIPIENTS.captures(after)?;
    let number = caps.get(1)?;
    let at = end + number.start();
    let n = small_count(text, at, number.as_str())?;
    Some((at, end + number.end(), n))
}

/// `N <recipients> được …` right before an award received, recipients that
/// are neither collectives nor individuals ("4.288 trường hợp được Thủ tướng
/// tặng Bằng khen"): start, end and N.
fn other_recipients_before(
    text: &str,
    before_from: usize,
    before: &str,
) -> Option<(usize, usize, u32)> {
    let caps = OTHER_RECIPIENTS_BEFORE.captures(before)?;
    let number = caps.get(1)?;
    let at = before_from + number.start();
    if !boundary_before(text, at) || continues_numeral(text, at) {
        return None;
    }
    let n = small_count(text, at, number.as_str())?;
    Some((at, before_from + number.end(), n))
}

/// The first words of [`proposed`]'s phrases, as written in lower case, with
/// a capital and in capitals: a span without any of them proposes nothing.
pub(super) static PROPOSAL_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = ["đề", "xét", "dự", "chuẩn", "có", "nếu", "sẽ"];
    let forms = words.iter().flat_map(|w| {
        let mut chars = w.chars();
        let first = chars.next().expect("a word");
        let capital: String = first.to_uppercase().chain(chars).collect();
        [w.to_string(), capital, w.to_uppercase()]
    });
    AhoCorasick::new(forms).expect("plain words")
});

/// Where [`PROPOSAL_WORDS`] occur in the spans awards read, in order. Awards
/// crowding one sentence each searched the same 400 bytes; searching the
/// whole text instead cost 7 instructions a byte on ordinary reports (the
/// words are common). So each byte before an award is searched once: the
/// spans come in text order, and only what the last one did not reach is
/// searched.
#[derive(Debug, Default)]
pub(super) struct ProposalHits {
    hits: Vec<usize>,
    /// The bytes searched: one run, `from..to`.
    from: usize,
    to: usize,
}

impl ProposalHits {
    /// The hits, searched so far as to hold all of `text[s_start..start]`'s.
    pub(super) fn covering(&mut self, text: &str, s_start: usize, start: usize) -> &[usize] {
        if s_start < self.from || s_start > self.to {
            // Not joined to the run searched: start a new one.
            self.hits.clear();
            self.from = s_start;
            self.to = s_start;
        }
        if start > self.to {
            // `to` is an award's start, a word start: no word straddles it.
            let to = self.to;
            let found = PROPOSAL_WORDS
                .find_iter(&text[to..start])
                .map(|m| to + m.start());
            self.hits.extend(found);
            self.to = start;
        }
        &self.hits
    }
}

/// Words of the sentence before an award that make it no conferral: a
/// proposal ("đề nghị", "đề xuất", "xét tặng"), a plan ("dự kiến", "sẽ",
/// "chuẩn bị") or a condition ("nếu", "có thể"). "Theo đề nghị của …" reports
/// whose proposal a conferral followed, so it does not count.
pub(super) fn proposed(text: &str, proposals: &[usize], s_start: usize, start: usize) -> bool {
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
    let first = proposals.partition_point(|&at| at < s_start);
    if proposals.get(first).is_none_or(|&at| at >= start) {
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
pub(super) fn conferred(text: &str, m: &Mention, s_start: usize, before: &str) -> bool {
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
pub(super) fn gives_in(text: &str, from: usize, to: usize, title: bool) -> bool {
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
