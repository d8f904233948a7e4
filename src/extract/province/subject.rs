//! The subject province: the province a report is about.
//!
//! Evidence is weighed in tiers, strongest first; the first tier that names a
//! clear winner decides, and `evidence` says which (`"<kind>: <text>"`):
//!
//! | kind                | what it is                                                 | text                     |
//! |---------------------|------------------------------------------------------------|--------------------------|
//! | `authority in body` | "UBND/HĐND/Ủy ban nhân dân (tỉnh/thành phố/TP) X", "Tỉnh ủy/Thành ủy X" | "UBND tỉnh Sơn La" |
//! | `province in body`  | "tỉnh X", "thành phố X", "TP X", "TP.HCM", "Thủ đô Hà Nội" | "tỉnh Sơn La"            |
//! | `source line`       | a line starting "Nguồn" that names a province              | the line                 |
//! | `publisher footer`  | a "Bản quyền …", "Cơ quan chủ quản", "Địa chỉ", "E-mail" … line naming a province | the line |
//! | `web domain`        | an official portal domain "….sonla.gov.vn"                 | "sonla.gov.vn"           |
//! | `most mentioned`    | the only evidence left: a name without prefix, see below   | "Sơn La (3 of 4 mentions)" |
//!
//! 1. Body tiers leave out mentions on source and footer lines.
//! 2. A tier has a clear winner when one province has at least twice the
//!    count of any other in it. When a tier names several with none clearly
//!    ahead, the ones close to the top stay candidates and later tiers may
//!    only choose among them.
//! 3. A body winner must agree with the body as a whole: after "UBND tỉnh X"
//!    no other province is named more often than X; after a plain "tỉnh X"
//!    none as often ("Hà Nội và Thành phố Hồ Chí Minh là hai địa bàn" has no
//!    subject). Otherwise the winner and its rivals stay candidates.
//!    Publisher evidence (source line, footer, domain) stands on its own.
//! 4. `most mentioned` counts only when no other tier had any evidence: a
//!    province named at least twice, at least twice as often as any other.
//! 5. A national report or ranking — ten provinces or more, none with a third
//!    of the mentions — has no subject.
//!
//! When nothing decides, the subject is `None`: never a guess.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::fold::{eq_folded, fold_char};
use super::gazetteer::{UNITS, domain_labels};
use super::matcher::{find, prefix_before, tokens_before};
use super::{ProvinceMention, SubjectProvince};

/// ".gov.vn" in any case: the label before it names the portal's owner
/// ("sonla.gov.vn").
const GOV_DOMAIN: &[u8] = b".gov.vn";

/// Every start of [`GOV_DOMAIN`] in `text`, any ASCII case: found from its
/// dots, far rarer than the bytes a case-insensitive regex looks at. (It
/// cannot overlap itself, so these are also the regex's matches.)
fn gov_domains(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'.', bytes).filter(move |&at| {
        bytes
            .get(at..at + GOV_DOMAIN.len())
            .is_some_and(|found| found.eq_ignore_ascii_case(GOV_DOMAIN))
    })
}

/// The longest label a domain name may have.
const MAX_LABEL: usize = 63;

/// Evidence quoting a whole line is cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 160;

/// Portal label → index into `UNITS`.
static DOMAIN_LABELS: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    UNITS
        .iter()
        .enumerate()
        .flat_map(|(i, unit)| domain_labels(unit).into_iter().map(move |label| (label, i)))
        .collect()
});

/// How many distinct provinces make a report national (see [`decide`]).
const NATIONAL_SPREAD: usize = 10;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    Authority,
    Prefixed,
    Source,
    Footer,
    Domain,
    Bare,
}

impl Tier {
    fn label(self) -> &'static str {
        match self {
            Tier::Authority => "authority in body",
            Tier::Prefixed => "province in body",
            Tier::Source => "source line",
            Tier::Footer => "publisher footer",
            Tier::Domain => "web domain",
            Tier::Bare => "most mentioned",
        }
    }
}

/// One piece of evidence: which unit, in which tier, and the text shown.
struct Clue<'a> {
    tier: Tier,
    unit: usize,
    text: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Body,
    Source,
    Footer,
}

fn line_kind(line: &str) -> LineKind {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '-');
    // A word the line starts with starts with its first letter, folded: most
    // words are out before their characters are counted.
    let first = line.chars().next().map(fold_char);
    let starts = |word: &str| {
        first.is_some_and(|first| word.starts_with(first))
            && line
                .char_indices()
                .map(|(i, _)| i)
                .chain([line.len()])
                .nth(word.chars().count())
                .is_some_and(|end| eq_folded(&line[..end], word))
    };
    if starts("nguồn") {
        LineKind::Source
    } else if FOOTER_STARTS.iter().any(|w| starts(w)) || has_copyright_in_head(line) {
        LineKind::Footer
    } else {
        LineKind::Body
    }
}

/// The line around a mention and its kind, found from the mention itself:
/// mentions come in text order, so the next one is most often on the line
/// just found, and a text's lines are never all listed (a document has far
/// more lines than mentions).
struct Lines {
    /// The last line found: its start, its end (a newline or the text's
    /// end) and its kind.
    last: Option<(usize, usize, LineKind)>,
}

impl Lines {
    fn new() -> Lines {
        Lines { last: None }
    }

    /// The line around byte `at` (a newline ends the line before it), and
    /// its kind.
    fn at<'a>(&mut self, text: &'a str, at: usize) -> (&'a str, LineKind) {
        let (start, end, kind) = match self.last {
            Some((start, end, kind)) if (start..=end).contains(&at) => (start, end, kind),
            _ => {
                let bytes = text.as_bytes();
                let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
                let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
                (start, end, line_kind(&text[start..end]))
            }
        };
        self.last = Some((start, end, kind));
        (&text[start..end], kind)
    }
}

/// True when `line`'s first [`MAX_EVIDENCE_CHARS`] characters hold
/// [`COPYRIGHT`]: when its first one ends there (any other ends later), so
/// characters are counted only when it is found.
fn has_copyright_in_head(line: &str) -> bool {
    memchr::memmem::find(line.as_bytes(), COPYRIGHT.as_bytes())
        .is_some_and(|at| at + COPYRIGHT.len() <= first_chars(line, MAX_EVIDENCE_CHARS).len())
}

/// A publisher's footer that need not start its line.
const COPYRIGHT: &str = "Bản quyền thuộc";

/// `line` trimmed and cut to [`MAX_EVIDENCE_CHARS`] characters.
fn quote(line: &str) -> &str {
    first_chars(line.trim(), MAX_EVIDENCE_CHARS)
}

/// The first `n` characters of `line`: all of it when it has no more bytes
/// than that (most lines), without counting its characters.
fn first_chars(line: &str, n: usize) -> &str {
    if line.len() <= n {
        return line;
    }
    &line[..line.char_indices().nth(n).map_or(line.len(), |(i, _)| i)]
}

fn unit_index(mention: &ProvinceMention) -> Option<usize> {
    UNITS
        .iter()
        .position(|u| u.province.code == mention.province.code)
}

/// Where an authority's name starts when it stands right before `anchor`
/// ("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân"; "Tỉnh ủy" and
/// "Thành ủy" only with no prefix between).
fn authority_before(text: &str, anchor: usize, prefixed: bool) -> Option<usize> {
    let mut tokens = tokens_before(text, anchor);
    let (at1, w1) = tokens.next()?;
    if ["ubnd", "hđnd", "ub"].iter().any(|a| eq_folded(w1, a)) {
        return Some(at1);
    }
    let (at2, w2) = tokens.next()?;
    // Old tone placement too ("Tỉnh uỷ", "Uỷ ban"): the normalizer may not
    // have run.
    let uy = |w: &str| eq_folded(w, "ủy") || eq_folded(w, "uỷ");
    if !prefixed && uy(w1) && (eq_folded(w2, "tỉnh") || eq_folded(w2, "thành")) {
        return Some(at2);
    }
    if eq_folded(w1, "dân") && eq_folded(w2, "nhân") {
        let (_, w3) = tokens.next()?;
        let (at4, w4) = tokens.next()?;
        let ban = eq_folded(w3, "ban") && uy(w4);
        let council = eq_folded(w3, "đồng") && eq_folded(w4, "hội");
        if ban || council {
            return Some(at4);
        }
    }
    None
}

fn body_clues<'a>(text: &'a str, mentions: &[ProvinceMention], clues: &mut Vec<Clue<'a>>) {
    let mut lines = Lines::new();
    for mention in mentions {
        let Some(unit) = unit_index(mention) else {
            continue;
        };
        if mention.start > mention.end
            || !text.is_char_boundary(mention.start)
            || !text.is_char_boundary(mention.end)
        {
            continue;
        }
        let (line, kind) = lines.at(text, mention.start);
        let tier = match kind {
            LineKind::Source => Tier::Source,
            LineKind::Footer => Tier::Footer,
            LineKind::Body => Tier::Bare,
        };
        if tier != Tier::Bare {
            clues.push(Clue {
                tier,
                unit,
                text: quote(line),
            });
            continue;
        }
        let prefix = prefix_before(text, mention.start);
        let own_prefix = mention.text.get(..2).is_some_and(|p| eq_folded(p, "tp"));
        let anchor = prefix.map_or(mention.start, |(_, at)| at);
        if let Some(at) = authority_before(text, anchor, prefix.is_some()) {
            clues.push(Clue {
                tier: Tier::Authority,
                unit,
                text: &text[at..mention.end],
            });
        }
        if prefix.is_some() || own_prefix {
            clues.push(Clue {
                tier: Tier::Prefixed,
                unit,
                text: &text[anchor..mention.end],
            });
        }
        clues.push(Clue {
            tier: Tier::Bare,
            unit,
            text: mention.province.name,
        });
    }
}

fn domain_clues<'a>(text: &'a str, clues: &mut Vec<Clue<'a>>) {
    for dot in gov_domains(text) {
        let bytes = text.as_bytes();
        let mut start = dot;
        while start > 0
            && dot - start < MAX_LABEL
            && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-')
        {
            start -= 1;
        }
        let label = text[start..dot].to_ascii_lowercase();
        if let Some(&unit) = DOMAIN_LABELS.get(&label) {
            clues.push(Clue {
                tier: Tier::Domain,
                unit,
                text: &text[start..dot + GOV_DOMAIN.len()],
            });
        }
    }
}

/// The subject province from `text`, the `mentions` found in it, and footer
/// lines the normalizer set aside (see the module documentation).
// Not inlined, so profiles show this extractor's cost apart.
#[inline(never)]
pub fn subject(
    text: &str,
    mentions: &[ProvinceMention],
    footer_lines: &[&str],
) -> Option<SubjectProvince> {
    let mut clues = Vec::new();
    body_clues(text, mentions, &mut clues);
    for line in footer_lines {
        for mention in find(line) {
            if let Some(unit) = unit_index(&mention) {
                clues.push(Clue {
                    tier: Tier::Footer,
                    unit,
                    text: quote(line),
                });
            }
        }
        domain_clues(line, &mut clues);
    }
    domain_clues(text, &mut clues);
    decide(&clues)
}

/// Counts of `clues` per unit, in order of first appearance.
fn count<'a, 'b: 'a>(clues: impl Iterator<Item = &'a Clue<'b>>) -> Vec<(usize, usize)> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for clue in clues {
        match counts.iter_mut().find(|(unit, _)| *unit == clue.unit) {
            Some((_, n)) => *n += 1,
            None => counts.push((clue.unit, 1)),
        }
    }
    counts
}

/// The unit with the most clues when it has at least twice any other's, and
/// otherwise the units close to the top (more than half the top count).
fn leader(counts: &[(usize, usize)]) -> Result<(usize, usize), Vec<usize>> {
    let top = counts
        .iter()
        .copied()
        .reduce(|best, next| if next.1 > best.1 { next } else { best })
        .ok_or_else(Vec::new)?;
    let runner_up = counts
        .iter()
        .filter(|(unit, _)| *unit != top.0)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    if top.1 >= 2 * runner_up {
        Ok(top)
    } else {
        Err(counts
            .iter()
            .filter(|(_, n)| 2 * n > top.1)
            .map(|(unit, _)| *unit)
            .collect())
    }
}

fn decide(clues: &[Clue]) -> Option<SubjectProvince> {
    let body = count(clues.iter().filter(|c| c.tier == Tier::Bare));
    let body_count = |unit: usize| body.iter().find(|(u, _)| *u == unit).map_or(0, |(_, n)| *n);
    let body_total: usize = body.iter().map(|(_, n)| n).sum();
    let body_top = body.iter().map(|(_, n)| *n).max().unwrap_or(0);
    // A national report or ranking names many provinces, none for a third of
    // the mentions.
    if body.len() >= NATIONAL_SPREAD && 3 * body_top < body_total {
        return None;
    }
    let mut candidates: Option<Vec<usize>> = None;
    let mut any_evidence = false;
    for tier in [
        Tier::Authority,
        Tier::Prefixed,
        Tier::Source,
        Tier::Footer,
        Tier::Domain,
    ] {
        let in_tier = |clue: &&Clue| {
            clue.tier == tier && candidates.as_ref().is_none_or(|c| c.contains(&clue.unit))
        };
        let counts = count(clues.iter().filter(in_tier));
        if counts.is_empty() {
            continue;
        }
        any_evidence = true;
        let (top, _) = match leader(&counts) {
            Ok(top) => top,
            Err(contenders) => {
                candidates = Some(contenders);
                continue;
            }
        };
        // Body evidence must agree with the body as a whole: the winner is
        // not out-named there (for a lone "tỉnh X", not even equalled).
        // Publisher evidence (source, footer, domain) stands on its own.
        let rivals = body.iter().filter(|(unit, _)| *unit != top);
        let agrees = match tier {
            Tier::Authority => rivals.clone().all(|(_, n)| *n <= body_count(top)),
            Tier::Prefixed => rivals.clone().all(|(_, n)| *n < body_count(top)),
            _ => true,
        };
        if !agrees {
            let mut contenders = vec![top];
            contenders.extend(
                rivals
                    .filter(|(_, n)| *n >= body_count(top))
                    .map(|(unit, _)| *unit),
            );
            candidates = Some(contenders);
            continue;
        }
        let first = clues.iter().filter(in_tier).find(|c| c.unit == top)?;
        return Some(SubjectProvince {
            province: UNITS[top].province,
            evidence: format!("{}: {}", tier.label(), first.text),
        });
    }
    if any_evidence {
        return None;
    }
    // No prefixed name, source, footer or domain: a name that recurs and
    // clearly dominates the others is the subject.
    let (top, n) = leader(&body).ok()?;
    (n >= 2).then(|| SubjectProvince {
        province: UNITS[top].province,
        evidence: format!(
            "{}: {} ({n} of {body_total} mentions)",
            Tier::Bare.label(),
            UNITS[top].province.name
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line around `at` as it was found before: every line start listed
    /// once, then a binary search.
    fn line_by_index(text: &str, at: usize) -> (usize, usize) {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let index = starts.partition_point(|&s| s <= at).saturating_sub(1);
        let end = starts.get(index + 1).map_or(text.len(), |next| next - 1);
        (starts[index], end)
    }

    proptest::proptest! {
        /// The copyright test is the search of the head it replaced.
        #[test]
        fn copyright_in_head_is_the_search_of_the_head(
            text in "(Bản quyền thuộc|Bản|quyền|thuộc|ĐĐĐĐĐĐĐĐĐĐ|aaaaaaaaaa| ){0,40}"
        ) {
            let head = &text[..text
                .char_indices()
                .nth(MAX_EVIDENCE_CHARS)
                .map_or(text.len(), |(i, _)| i)];
            proptest::prop_assert_eq!(has_copyright_in_head(&text), head.contains(COPYRIGHT));
        }
    }

    #[test]
    fn first_chars_counts_characters_not_bytes() {
        assert_eq!(first_chars("Sơn La", 3), "Sơn");
        assert_eq!(first_chars("Sơn La", 6), "Sơn La");
        assert_eq!(first_chars("Sơn La", 7), "Sơn La");
        assert_eq!(first_chars("ĐĐĐĐ", 2), "ĐĐ");
        assert_eq!(first_chars("", 0), "");
        let long = "Bản quyền thuộc ".repeat(20);
        let want: String = long.chars().take(MAX_EVIDENCE_CHARS).collect();
        assert_eq!(first_chars(&long, MAX_EVIDENCE_CHARS), want);
    }

    proptest::proptest! {
        /// Lines found from the mentions are the listed lines, whatever
        /// the order of the mentions.
        #[test]
        fn lines_found_from_mentions_are_the_listed_lines(
            text in "(Nguồn: a|Bản quyền|b|\n| ){0,12}",
            picks in proptest::collection::vec(0usize..200, 0..12),
            sorted in proptest::bool::ANY,
        ) {
            let mut ats: Vec<usize> = picks.iter().map(|p| p % (text.len() + 1)).collect();
            ats.retain(|&at| text.is_char_boundary(at));
            if sorted {
                ats.sort_unstable();
            }
            let mut lines = Lines::new();
            for at in ats {
                let (start, end) = line_by_index(&text, at);
                let (line, kind) = lines.at(&text, at);
                proptest::prop_assert_eq!(line.as_ptr() as usize - text.as_ptr() as usize, start);
                proptest::prop_assert_eq!(line.len(), end - start);
                proptest::prop_assert_eq!(kind, line_kind(&text[start..end]));
            }
        }
    }

    #[test]
    fn gov_domains_are_found_as_the_regex_finds_them() {
        let regex = regex::Regex::new(r"(?i)\.gov\.vn").unwrap();
        let texts = [
            "E-mail: snv@sonla.gov.vn - Website:http://sonoivu.sonla.gov.vn",
            "SONLA.GOV.VN, a.Gov.Vn.gov.vn, .gov.v, .gov.vn.gov.vn, ..gov.vn, .gov.vnx",
            "",
            ".",
            "Cổng thông tin điện tử tỉnh Bắc Kạn (backan.gov.vn).",
        ];
        for text in texts {
            let want: Vec<usize> = regex.find_iter(text).map(|m| m.start()).collect();
            assert_eq!(gov_domains(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }
}
