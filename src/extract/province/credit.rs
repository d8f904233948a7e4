//! Dateline credits: a report that opens "(Baothanhhoa.vn) - Ngày 5/3, …"
//! names the outlet it comes from, and an outlet's web name often names its
//! province ("Thanhuytphcm.vn", the Hồ Chí Minh City Party Committee's site;
//! "Baobacgiang.vn"). The credit is part of the sapo, so it is a mention as
//! a newspaper's name is ("Báo Nghệ An"), placed as a source line.
//!
//! Rules:
//! 1. At the start of a line: "(", a web name ending ".vn" (letters, digits,
//!    dots, dashes), ")", then a dash ("-", "–").
//! 2. The name's first label ends with a province's portal label
//!    ([`domain_labels`]: "thanhhoa", "tphcm", "bacgiang"), the longest one
//!    that fits: "baothanhhoa" is Thanh Hóa, "thanhuytphcm" Hồ Chí Minh.
//!    A name that ends in no province ("Chinhphu.vn", "Dangcongsan.vn") names
//!    none.

use std::sync::LazyLock;

use memchr::memmem;

use super::ProvinceMention;
use super::gazetteer::{UNITS, domain_labels};
use super::place::Place;
use crate::text::dash::is_dash;

/// What ends a credit's web name.
const CREDIT_END: &[u8] = b".vn)";

/// Every portal label with its unit, longest first.
static LABELS: LazyLock<Vec<(String, usize)>> = LazyLock::new(|| {
    let mut labels: Vec<(String, usize)> = UNITS
        .iter()
        .enumerate()
        .flat_map(|(i, unit)| domain_labels(unit).into_iter().map(move |label| (label, i)))
        .collect();
    labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    labels
});

/// The most bytes a credit's web name may have.
const MAX_NAME: usize = 64;

/// The province mentions of the dateline credits in `text`, in text order.
pub(super) fn find(text: &str) -> Vec<ProvinceMention> {
    // Credits open lines: found from the rare "\n(" (and the text's start),
    // not from every "." a search for ".vn)" would stop at.
    static LINE_PAREN: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"\n("));
    static END: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(CREDIT_END));
    let bytes = text.as_bytes();
    let opens = (bytes.first() == Some(&b'(')).then_some(1);
    let line_opens = LINE_PAREN.find_iter(bytes).map(|at| at + 2);
    let ends = opens
        .into_iter()
        .chain(line_opens)
        .filter_map(|name_start| {
            let head =
                &bytes[name_start..bytes.len().min(name_start + MAX_NAME + CREDIT_END.len())];
            END.find(head).map(|at| name_start + at)
        });
    let mut found = Vec::new();
    for at in ends {
        let name_end = at + 3;
        let mut start = at;
        while start > 0
            && (bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'.' | b'-'))
        {
            start -= 1;
        }
        let opens_line =
            start >= 1 && bytes[start - 1] == b'(' && (start == 1 || bytes[start - 2] == b'\n');
        let dash_after = text[name_end + 1..]
            .trim_start_matches(' ')
            .starts_with(is_dash);
        if !opens_line || !dash_after || start == at {
            continue;
        }
        let name = &text[start..name_end];
        let label = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
        let Some(&(_, unit)) = LABELS.iter().find(|(l, _)| label.ends_with(l.as_str())) else {
            continue;
        };
        found.push(ProvinceMention {
            province: UNITS[unit].province,
            text: name.to_owned(),
            start,
            end: name_end,
            place: Place::Source,
        });
    }
    found
}

#[cfg(test)]
mod tests;
