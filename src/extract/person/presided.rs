//! Who presided: "chủ trì"/"chủ tọa" after a mention or before it ("dưới
//! sự chủ trì của …", a sentence that opens with "chủ trì …"), and
//! co-chairs who share the verb ("A và B đồng chủ trì").

use super::names::honorific_len;
use super::titles::head_len;
use super::tokens::Tokens;
use super::{Chaired, Mention};

/// When "chủ trì"/"chủ tọa" follows token `k`: after a comma or a dash, a
/// place in brackets ("Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ
/// trì"), at most three auxiliary words ("đã", "dự và", "đồng", "cùng"), or
/// after a few more words of the title closed by a dash ("ông X - Trưởng ban
/// Quản lý các KCN Hà Nội - đồng chủ trì"). Whether it is joint.
pub(super) fn presided_after(t: &Tokens, k: usize) -> Option<bool> {
    let mut k = k;
    if let Some(close) = bracket_end(t, k) {
        k = close;
    }
    if matches!(t.punct(k), Some(',' | '-')) {
        k += 1;
    }
    preside_verb_at(t, k).or_else(|| dashed_verb_at(t, k))
}

/// The token after the bracket group opening at `k` ("(tỉnh Quảng Ninh)"):
/// at most twelve tokens, no sentence end inside.
fn bracket_end(t: &Tokens, k: usize) -> Option<usize> {
    if t.punct(k) != Some('(') {
        return None;
    }
    (k + 1..(k + 13).min(t.len())).find_map(|j| match t.punct(j) {
        Some(')') => Some(Some(j + 1)),
        Some('(' | '.' | '\n' | ';' | '!' | '?') => Some(None),
        _ => None,
    })?
}

/// When the verb "chủ trì" is at `k` after at most three auxiliary words:
/// whether it is joint ("đồng chủ trì", "dự và cùng chủ trì").
fn preside_verb_at(t: &Tokens, k: usize) -> Option<bool> {
    const AUXILIARY: &[&str] = &[
        "đã", "vừa", "dự", "và", "cùng", "sẽ", "trực", "tiếp", "đồng",
    ];
    let mut joint = false;
    for k in k..=k + 3 {
        if is_preside_verb(t, k) {
            return Some(joint);
        }
        if !AUXILIARY.iter().any(|a| t.is(k, a)) {
            return None;
        }
        joint = t.is(k, "đồng") || t.is(k, "cùng");
    }
    None
}

/// The verb after the rest of a title closed by a dash, from token `k`: at
/// most eight words, none a title head or an honorific, then "- chủ trì".
fn dashed_verb_at(t: &Tokens, k: usize) -> Option<bool> {
    // The dash first: the words before it are read only when there is one
    // (every unnamed chair asks, and few have a dash after them).
    let dash = (k..(k + 8).min(t.len())).find(|&j| t.punct(j).is_some())?;
    if t.punct(dash) != Some('-') || dash == k {
        return None;
    }
    if (k..dash).any(|j| head_len(t, j) > 0 || honorific_len(t, j) > 0) {
        return None;
    }
    preside_verb_at(t, dash + 1)
}

fn is_preside_verb(t: &Tokens, k: usize) -> bool {
    t.is(k, "chủ") && (t.is(k + 1, "trì") || t.is(k + 1, "tọa") || t.is(k + 1, "toạ"))
}

/// When the mention beginning at token `b` is the agent of a "chủ trì"
/// before it: "dưới sự chủ trì của đồng chí X", or a sentence that opens with
/// "chủ trì …" and names X after a comma, a colon, "có" or "là" ("Ngày 6/2,
/// chủ trì buổi giao ban …, Chủ tịch UBND TP X", "Chủ trì hội nghị có đồng
/// chí X"). Whether it is joint ("sự đồng chủ trì của").
pub(super) fn presided_before(t: &Tokens, b: usize) -> Option<bool> {
    let joint_at = |p: usize| p > 0 && (t.is(p - 1, "đồng") || t.is(p - 1, "cùng"));
    if b >= 3 && t.is(b - 1, "của") && is_preside_verb(t, b - 3) {
        return Some(joint_at(b - 3));
    }
    let introduced = b > 0
        && (matches!(t.punct(b - 1), Some(',' | ':')) || t.is(b - 1, "có") || t.is(b - 1, "là"));
    if !introduced {
        return None;
    }
    // Back to the sentence start, at most 40 tokens.
    let mut k = b;
    let mut seen = None;
    while k > 0 && b - k < 40 {
        k -= 1;
        if let Some('.' | '\n' | '!' | '?' | ';') = t.punct(k)
            && !t.is_abbreviation_dot(k)
        {
            break;
        }
        if is_preside_verb(t, k) {
            seen = Some(k);
        }
    }
    // The verb opens the sentence or a clause ("đồng chủ trì" too).
    let p = seen?;
    let mut opener = if joint_at(p) { p - 1 } else { p };
    // "Dự và chủ trì Hội nghị có đồng chí X", "Tham dự và chủ trì …".
    if opener >= 2 && t.is(opener - 1, "và") && t.is(opener - 2, "dự") {
        opener -= 2;
        if opener > 0 && t.is(opener - 1, "tham") {
            opener -= 1;
        }
    }
    (opener == 0 || matches!(t.punct(opener - 1), Some(',' | '.' | '\n'))).then(|| joint_at(p))
}

/// Co-chairs: a mention joined to one that chaired shares its verb. "A, …
/// và B, … đồng chủ trì Hội nghị" and "A - …; B - …; C - … - đồng chủ trì"
/// make every one of them chair, as "dưới sự chủ trì của A và B" does. The
/// join is all that stands between one mention's last title and the next
/// mention: "và", "cùng" or "cùng với" (a comma may come first), or, when
/// the verb is joint ("đồng chủ trì", "cùng chủ trì"), a comma or a
/// semicolon alone. A plain verb is shared only over "và": in "A, B chủ trì"
/// the comma may close an aside.
pub(super) fn share_chairing(text: &str, mentions: &mut [Mention]) {
    let joined = |a: &Mention, b: &Mention, Chaired { joint, verb_first }: Chaired| {
        if a.after > b.begin {
            return false;
        }
        let gap = text[a.after..b.begin].trim();
        let (punct, rest) = match gap.strip_prefix([',', ';']) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, gap),
        };
        // "A cùng các Phó Chủ tịch UBND tỉnh B, C": the plural opens the
        // next mention's list.
        let rest = rest.strip_suffix("các").map_or(rest, str::trim_end);
        match rest {
            // Names under one plural title, or the people a "chủ trì … có"
            // introduces, one per clause: "có đồng chí A, …; đồng chí B, …".
            "" if b.listed => !gap.starts_with(';'),
            "" => punct && (joint || verb_first && gap.starts_with(';')),
            "và" | "cùng" | "cùng với" => !gap.starts_with(';') || joint,
            _ => false,
        }
    };
    // The verb after the last of a list: back over the list.
    let mut j = mentions.len();
    while j > 1 {
        j -= 1;
        let Some(chaired) = mentions[j].chaired.filter(|c| !c.verb_first) else {
            continue;
        };
        while j > 0 && joined(&mentions[j - 1], &mentions[j], chaired) {
            mentions[j - 1].chaired = Some(chaired);
            j -= 1;
        }
    }
    // The verb before the first of a list: on over the list.
    let mut i = 0;
    while i + 1 < mentions.len() {
        let Some(chaired) = mentions[i].chaired.filter(|c| c.verb_first) else {
            i += 1;
            continue;
        };
        while i + 1 < mentions.len() && joined(&mentions[i], &mentions[i + 1], chaired) {
            mentions[i + 1].chaired = Some(chaired);
            i += 1;
        }
        i += 1;
    }
}
