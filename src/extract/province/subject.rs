//! The subject province: the province a report is about.
//!
//! Evidence is weighed in tiers, strongest first; the first tier that names a
//! clear winner decides, and `evidence` says which (`"<kind>: <text>"`):
//!
//! | kind                | what it is                                                 | text                     |
//! |---------------------|------------------------------------------------------------|--------------------------|
//! | `authority in body` | "UBND/HĐND/Ủy ban nhân dân (tỉnh/thành phố/TP) X", "Tỉnh ủy/Thành ủy X" | "UBND tỉnh Sơn La" |
//! | `province in body`  | "tỉnh X", "thành phố X", "TP X", "TP.HCM", "Thủ đô Hà Nội"; a province's agency: "Cục Thuế X", "Sở Nội vụ X" | "tỉnh Sơn La", "Cục Thuế Điện Biên" |
//! | `source line`       | a line starting "Nguồn", or a dateline credit "(Baothanhhoa.vn) -", that names a province | the line, the credit |
//! | `publisher footer`  | a "Bản quyền …", "Cơ quan chủ quản", "Địa chỉ", "E-mail" … line or a masthead naming a province | the line |
//! | `web domain`        | an official portal domain "….sonla.gov.vn"                 | "sonla.gov.vn"           |
//! | `most mentioned`    | the only evidence left: a name without prefix, see below   | "Sơn La (3 of 4 mentions)" |
//!
//! 1. Body tiers take the mentions in the body; source lines and dateline
//!    credits are the source tier, footers and mastheads the footer tier,
//!    page chrome nothing (see `place.rs`).
//! 2. A tier has a clear winner when one province has at least twice the
//!    count of any other in it. When a tier names several with none clearly
//!    ahead, the ones close to the top stay candidates and later tiers may
//!    only choose among them; but a publisher tier (source, footer, domain)
//!    that names none of them speaks for itself: a district's report
//!    crediting "(Thanhuytphcm.vn)" that names "tỉnh Vĩnh Long" and "tỉnh
//!    Bạc Liêu" once each as places visited is about Hồ Chí Minh City.
//! 3. A body winner must agree with the body as a whole: after "UBND tỉnh X"
//!    no other province is named more often than X; after a plain "tỉnh X"
//!    none as often ("Hà Nội và Thành phố Hồ Chí Minh là hai địa bàn" has no
//!    subject). Otherwise the winner and its rivals stay candidates.
//!    Publisher evidence (source line, footer, domain) stands on its own.
//! 4. `most mentioned` counts when no other tier had any evidence, or when
//!    the tiers left candidates none could choose between: a province named
//!    at least twice, at least twice as often as any other (and, after
//!    undecided tiers, one of their candidates).
//! 5. A national report or ranking — ten provinces or more, none with a third
//!    of the mentions — has no subject.
//!
//! When nothing decides, the subject is `None`: never a guess.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::gazetteer::{UNITS, domain_labels};
use super::matcher::{LOOKBACK, find, prefix_before, tokens_before};
use super::place::{Place, Places, first_chars};
use super::{ProvinceMention, SubjectProvince};
use crate::text::fold::eq_folded;

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

/// Evidence quoting a stretch of text is cut to this many characters.
const MAX_EVIDENCE_CHARS: usize = 160;

/// `stretch` trimmed and cut to [`MAX_EVIDENCE_CHARS`] characters.
fn quote(stretch: &str) -> &str {
    first_chars(stretch.trim(), MAX_EVIDENCE_CHARS)
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

/// Provincial branches of central agencies, as the folded words before the
/// province, nearest first: "Cục Thuế Điện Biên", "Kho bạc Nhà nước Sơn La".
const AGENCIES: &[&[&str]] = &[
    &["thuế", "cục"],
    &["quan", "hải", "cục"],
    &["kê", "thống", "cục"],
    &["nước", "nhà", "bạc", "kho"],
    &["hội", "xã", "hiểm", "bảo"],
    &["an", "công"],
];

/// The most words a department's name ("Sở Giáo dục và Đào tạo") may have
/// after "Sở".
const DEPARTMENT_WORDS: usize = 6;

/// Where the name of a province's agency starts when it stands right before
/// `start`: a branch of a central agency ("Cục Thuế Điện Biên", "Bảo hiểm xã
/// hội Hà Nội") or a department ("Sở Giáo dục và Đào tạo Thừa Thiên Huế",
/// "Sở Nội vụ Cà Mau": "Sở", capitalized, then up to six plain words).
fn agency_before(text: &str, start: usize) -> Option<usize> {
    let tokens = tokens_before(text, start);
    let (_, nearest) = tokens.clone().next()?;
    let branch = AGENCIES
        .iter()
        .filter(|agency| eq_folded(nearest, agency[0]))
        .find_map(|agency| {
            let mut words = tokens.clone();
            let mut at = None;
            for word in agency.iter() {
                let (start, token) = words.next()?;
                if !eq_folded(token, word) {
                    return None;
                }
                at = Some(start);
            }
            at
        });
    if branch.is_some() {
        return branch;
    }
    // A department: only where "Sở" stands in the few words before.
    let window = &text[text.floor_char_boundary(start.saturating_sub(LOOKBACK))..start];
    let has_so = memchr::memchr_iter(b'S', window.as_bytes())
        .any(|i| window[i + 1..].starts_with(['ở', 'Ở']));
    if !has_so {
        return None;
    }
    let plain =
        |token: &str| !token.is_empty() && token.chars().all(|c| c.is_alphabetic() || c == '&');
    // "Sở Giáo dục và Đào tạo (GDĐT) Quảng Ninh": the department's
    // abbreviation in brackets before the province.
    let abbreviation = |token: &str| {
        // Words are read without their opening bracket: "GDĐT)".
        let inner = token.trim_start_matches('(');
        inner
            .strip_suffix(')')
            .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_uppercase() || c == '&'))
    };
    let skip = usize::from(tokens.clone().next().is_some_and(|(_, t)| abbreviation(t)));
    for (i, (at, token)) in tokens.skip(skip).take(DEPARTMENT_WORDS + 1).enumerate() {
        if token.starts_with('S') && eq_folded(token, "sở") {
            return (i > 0).then_some(at);
        }
        if !plain(token) {
            return None;
        }
    }
    None
}

fn body_clues<'a>(text: &'a str, mentions: &'a [ProvinceMention], clues: &mut Vec<Clue<'a>>) {
    let mut places = Places::new();
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
        let tier = match mention.place {
            Place::Chrome => continue,
            Place::Source => Tier::Source,
            Place::Footer => Tier::Footer,
            Place::Body => Tier::Bare,
        };
        if tier != Tier::Bare {
            // The stretch it stands in, or the mention itself when that is
            // what placed it (a dateline credit).
            let (stretch, place) = places.at(text, mention.start, mention.end);
            let shown = if place == mention.place {
                quote(stretch)
            } else {
                mention.text.as_str()
            };
            clues.push(Clue {
                tier,
                unit,
                text: shown,
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
        let agency = if prefix.is_none() && !own_prefix {
            agency_before(text, mention.start)
        } else {
            None
        };
        if prefix.is_some() || own_prefix || agency.is_some() {
            clues.push(Clue {
                tier: Tier::Prefixed,
                unit,
                text: &text[agency.unwrap_or(anchor)..mention.end],
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
        let mut counts = count(clues.iter().filter(in_tier));
        let publisher = matches!(tier, Tier::Source | Tier::Footer | Tier::Domain);
        if counts.is_empty() && publisher && candidates.is_some() {
            // The body named several places alike, and the publisher none of
            // them: the publisher's own province is the subject.
            counts = count(clues.iter().filter(|clue| clue.tier == tier));
        }
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
        let first = clues.iter().find(|c| c.tier == tier && c.unit == top)?;
        return Some(SubjectProvince {
            province: UNITS[top].province,
            evidence: format!("{}: {}", tier.label(), first.text),
        });
    }
    // Evidence that named several alike ("tỉnh Vĩnh Phúc" once, "Sở Y tế
    // Quảng Ninh" once) leaves them candidates: one of them that the body
    // names far more often is the subject. Evidence that named none left
    // standing decides nothing.
    if any_evidence && candidates.is_none() {
        return None;
    }
    // No prefixed name, source, footer or domain: a name that recurs and
    // clearly dominates the others is the subject.
    let (top, n) = leader(&body).ok()?;
    let candidate = candidates.is_none_or(|c| c.contains(&top));
    (n >= 2 && candidate).then(|| SubjectProvince {
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
