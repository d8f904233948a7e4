//! Finding province names in text: one aho-corasick automaton over every
//! spelling of the 63 units (each case form of its folded spelling, so the
//! text is searched as written), then the checks that tell a province from
//! the same syllables used otherwise.
//!
//! The automaton is searched by `table.rs`, a flat-table walk of its DFA with
//! the library's matches, because the search reads every byte of every text.
//!
//! Rules, in the order they are applied to a match:
//! 1. Whole syllables: the character before and after is not a letter (digits
//!    are allowed: flattened ranking tables read "8. TP.HCM9. Vĩnh Phúc"), and
//!    the span is not inside a web address. A line break may stand for the
//!    space inside a name when the line it ends is a full line of
//!    hard-wrapped text (at least 50 characters: "đầu tư từ Hà" / "Nội").
//! 2. Ambiguous spellings (`*` in the reference: HN, HP, ĐN, TTH, HCM, Ho Chi
//!    Minh) and the bare "Hồ Chí Minh" (far more often the President's name:
//!    "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh") count only right after a
//!    prefix "tỉnh", "thành phố", "TP", "TP.", "Thủ đô" (or before "City"). A prefix of a kind
//!    picks between units sharing an abbreviation ("TP. ĐN" Đà Nẵng, "tỉnh ĐN"
//!    Đồng Nai).
//! 3. Capitals: without a prefix every syllable must start with a capital
//!    ("hòa bình" is peace, "bình định" to pacify). Names that are common words
//!    ("Hòa Bình", "Thái Bình", "Bình Định") in an all-capitals span also need
//!    a prefix ("VÌ HÒA BÌNH" is a slogan, "TỈNH HÒA BÌNH" a province).
//! 4. Lower units and streets: a name right after "huyện", "quận", "thị xã",
//!    "xã", "phường", "thị trấn", "thôn", "ấp", "khu phố"/"phố", "đường",
//!    "ngõ", "hẻm", "đại lộ", "sông" names a district, commune, street or
//!    river, not the province ("xã Hòa Bình", "đường Hà Nội", "phố Huế"),
//!    and so is a name joined by a dash to a river ("hệ thống sông Sài Gòn –
//!    Đồng Nai"). Brackets and quotes before a word are not part of it: "(xã
//!    Hòa Bình)", "(tỉnh Quảng Ninh)".
//!    "thành phố X" stays X: "thành phố Sơn La" is in Sơn La.
//! 5. People: a name right after a capitalized surname or middle name
//!    ("Trương Hòa Bình", "Nguyễn Thị Hà Giang"), after a capitalized given
//!    name that follows a surname ("Trần Quốc Thái Bình"), or after a form of
//!    address ("ông", "bà", "anh", "chị", "đồng chí", "Đ/c") is a person, and
//!    so is a quoted name after a given name (the nickname in Hùng “Sài Gòn”).
//! 6. Longer names: "Thái Bình Dương" (the Pacific), "Điện Biên Phủ" (the
//!    battle, the city, the street), "Hà Nam Ninh" (a province dissolved in
//!    1991) are not the province inside them.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::gazetteer::{Kind, UNITS};
use super::table::{self, Table};
use super::{Place, Province, ProvinceMention};
use crate::extract::lexicon::{FORMS_OF_ADDRESS, SURNAMES_BEFORE_PLACES};
use crate::text::dash::{DASHES, is_dash};
use crate::text::fold::{eq_folded, fold, fold_char, retone};

/// A unit a spelling can name, and whether that spelling needs a prefix.
#[derive(Debug, Clone, Copy)]
struct Target {
    unit: usize,
    needs_prefix: bool,
}

struct Matcher {
    /// Every case form of every folded spelling, so the text is searched as
    /// written instead of through a folded copy (see [`case_forms`]).
    automaton: Table,
    /// Per automaton pattern, its folded spelling's index in the tables below.
    spelling: Vec<usize>,
    /// Per folded spelling, the units it can name.
    targets: Vec<Vec<Target>>,
    /// Per folded spelling, true when it carries its own city
    /// prefix ("TP.HCM", "TPHCM").
    prefixed: Vec<bool>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(build);

/// Prefixes that variants in the reference sometimes carry; such a variant is
/// dropped when what follows the prefix is already a spelling of the unit,
/// because the prefix rule covers it ("TP. Hồ Chí Minh" = "TP." + name).
const PREFIXES: &[&str] = &["thành phố ", "tp. ", "tp.", "tp "];

/// Units whose canonical name alone needs a prefix (rule 2): Hồ Chí Minh.
const BARE_NEEDS_PREFIX: &[&str] = &["Hồ Chí Minh"];

/// Units whose names are also common words.
const COMMON_WORDS: &[&str] = &["Hòa Bình", "Thái Bình", "Bình Định"];

/// (unit name, folded next syllable): longer names that are not the unit.
const LONGER_NAMES: &[(&str, &str)] = &[
    ("Thái Bình", "dương"),
    ("Điện Biên", "phủ"),
    ("Hà Nam", "ninh"),
];

/// Words before a name that make it a lower unit, a street or a river.
const LOWER_UNITS: &[&str] = &[
    "huyện",
    "quận",
    "xã",
    "phường",
    "thôn",
    "ấp",
    "đường",
    "phố",
    "ngõ",
    "hẻm",
    "sông",
    "tx",
    "tx.",
    "trấn",
];

/// The folded spellings, with the units each names and whether it carries
/// its own city prefix.
#[allow(clippy::type_complexity)]
fn spellings() -> (Vec<String>, Vec<Vec<Target>>, Vec<bool>) {
    let mut patterns: Vec<String> = Vec::new();
    let mut targets: Vec<Vec<Target>> = Vec::new();
    let mut prefixed: Vec<bool> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (unit_index, unit) in UNITS.iter().enumerate() {
        let name = unit.province.name;
        let folded_name = fold(name).into_owned();
        let bare_needs_prefix = BARE_NEEDS_PREFIX.contains(&unit.province.name);
        let mut spellings: Vec<(String, bool)> = vec![(folded_name.clone(), bare_needs_prefix)];
        for variant in &unit.variants {
            let folded = fold(variant.spelling).into_owned();
            let redundant = PREFIXES.iter().any(|prefix| {
                folded.strip_prefix(prefix).is_some_and(|rest| {
                    rest == folded_name
                        || unit
                            .variants
                            .iter()
                            .any(|v| !v.ambiguous && fold(v.spelling) == rest)
                })
            });
            if !redundant {
                spellings.push((folded, variant.ambiguous));
            }
        }
        for (spelling, ambiguous) in spellings {
            for form in expand(&spelling) {
                let target = Target {
                    unit: unit_index,
                    needs_prefix: ambiguous,
                };
                match index.get(&form) {
                    Some(&i) => {
                        if !targets[i].iter().any(|t: &Target| t.unit == unit_index) {
                            targets[i].push(target);
                        }
                    }
                    None => {
                        index.insert(form.clone(), patterns.len());
                        prefixed.push(form.starts_with("tp"));
                        patterns.push(form);
                        targets.push(vec![target]);
                    }
                }
            }
        }
    }
    (patterns, targets, prefixed)
}

fn build() -> Matcher {
    let (patterns, targets, prefixed) = spellings();
    let mut forms: Vec<String> = Vec::new();
    let mut spelling: Vec<usize> = Vec::new();
    for (i, pattern) in patterns.iter().enumerate() {
        for form in case_forms(pattern) {
            forms.push(form);
            spelling.push(i);
        }
    }
    let automaton = Table::new(&table::dfa(&forms), &forms);
    Matcher {
        automaton,
        spelling,
        targets,
        prefixed,
    }
}

/// The characters other than `c` that [`fold_char`] maps to the folded `c`:
/// its single-character upper case of the same UTF-8 length, if any.
fn unfolded(c: char) -> Option<char> {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) if u != c && fold_char(u) == c => Some(u),
        _ => None,
    }
}

/// Every text whose folded form is `folded`, ASCII case aside (the automaton
/// ignores ASCII case): each non-ASCII letter in either case. Searching the
/// text for these finds exactly what searching its folded copy for `folded`
/// finds, at the same offsets, without folding the whole text.
fn case_forms(folded: &str) -> Vec<String> {
    let mut forms = vec![String::new()];
    for c in folded.chars() {
        match unfolded(c).filter(|_| !c.is_ascii()) {
            None => forms.iter_mut().for_each(|form| form.push(c)),
            Some(upper) => {
                let uppers: Vec<String> = forms
                    .iter()
                    .map(|form| {
                        let mut form = form.clone();
                        form.push(upper);
                        form
                    })
                    .collect();
                forms.iter_mut().for_each(|form| form.push(c));
                forms.extend(uppers);
            }
        }
    }
    forms
}

/// Every way a folded spelling can be written: old and new tone placement,
/// and for names with a dash ("bà rịa - vũng tàu", "br-vt") every dash with
/// or without spaces around it, and a plain space.
fn expand(spelling: &str) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for toned in [
        spelling.to_owned(),
        retone(spelling, true),
        retone(spelling, false),
    ] {
        match toned.find(|c| DASHES.contains(c)) {
            None => forms.push(toned),
            Some(at) => {
                let dash_len = toned[at..].chars().next().map_or(1, char::len_utf8);
                let left = toned[..at].trim_end();
                let right = toned[at + dash_len..].trim_start();
                forms.push(format!("{left} {right}"));
                for dash in DASHES.chars() {
                    forms.push(format!("{left}{dash}{right}"));
                    forms.push(format!("{left} {dash} {right}"));
                    forms.push(format!("{left} {dash}{right}"));
                    forms.push(format!("{left}{dash} {right}"));
                }
            }
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

/// Which kind of unit the words before a name announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefix {
    /// "tỉnh"
    Province,
    /// "thành phố", "TP", "TP.", "T.P", "Thủ đô"
    City,
}

impl Prefix {
    fn kind(self) -> Kind {
        match self {
            Prefix::Province => Kind::Province,
            Prefix::City => Kind::City,
        }
    }
}

/// Opening brackets and quotes a word may carry: "(tỉnh Quảng Ninh)" is
/// "tỉnh" before the name, as in "tỉnh Quảng Ninh".
const OPENERS: &[char] = &['(', '[', '“', '"', '‘', '\''];

/// The whitespace-separated tokens before byte `start`, nearest first, each
/// with its start offset, without the opening brackets or quotes they start
/// with ("(tỉnh" is "tỉnh"; a lone "(" is empty). A token touching `start`
/// ("TP." in "TP.Hà Nội") comes first.
pub(super) fn tokens_before(
    text: &str,
    start: usize,
) -> impl Iterator<Item = (usize, &str)> + Clone {
    // The rules look a few words back; a bounded window keeps a text with
    // no spaces (minified JSON) from costing a scan per match.
    let floor = text.floor_char_boundary(start.saturating_sub(LOOKBACK));
    let mut end = start;
    std::iter::from_fn(move || {
        let head = text[floor..end].trim_end();
        if head.is_empty() {
            return None;
        }
        let token_start = head
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, c)| floor + i + c.len_utf8());
        // A token cut by the window is not a whole word.
        let token_start = match token_start {
            Some(at) => at,
            None if floor == 0 => 0,
            None => return None,
        };
        end = token_start;
        let token = &text[token_start..floor + head.len()];
        // Openers are ASCII or start with byte E2 ('“', '‘'): most tokens are
        // out on their first byte.
        let word = match token.as_bytes().first() {
            Some(b'(' | b'[' | b'"' | b'\'' | 0xE2) => token.trim_start_matches(OPENERS),
            _ => token,
        };
        Some((token_start + (token.len() - word.len()), word))
    })
}

/// How far back, in bytes, the rules look for the words before a name.
pub(super) const LOOKBACK: usize = 96;

/// The prefix right before byte `start`, and where it starts.
pub fn prefix_before(text: &str, start: usize) -> Option<(Prefix, usize)> {
    let mut tokens = tokens_before(text, start);
    let (at1, w1) = tokens.next()?;
    if eq_folded(w1, "tỉnh") {
        return Some((Prefix::Province, at1));
    }
    if ["tp", "tp.", "t.p", "t.p."]
        .iter()
        .any(|p| eq_folded(w1, p))
    {
        return Some((Prefix::City, at1));
    }
    let (at2, w2) = tokens.next()?;
    if (eq_folded(w1, "phố") && eq_folded(w2, "thành"))
        || (eq_folded(w1, "đô") && eq_folded(w2, "thủ"))
    {
        return Some((Prefix::City, at2));
    }
    None
}

fn starts_upper(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// True when `word`, in any case, is a surname or the middle name Văn/Thị.
pub(super) fn is_surname_word(word: &str) -> bool {
    SURNAMES_BEFORE_PLACES.iter().any(|s| eq_folded(word, s))
}

fn is_surname(token: &str) -> bool {
    starts_upper(token) && SURNAMES_BEFORE_PLACES.iter().any(|s| eq_folded(token, s))
}

/// Rules 4 and 5: the words before the name make it a lower unit, a street or
/// a person.
fn is_lower_unit_or_person(text: &str, start: usize) -> bool {
    let mut tokens = tokens_before(text, start).map(|(_, token)| token);
    let Some(w1) = tokens.next() else {
        return false;
    };
    let w2 = tokens.next().unwrap_or("");
    let lower_unit = LOWER_UNITS.iter().any(|u| eq_folded(w1, u))
        && !(eq_folded(w1, "phố") && eq_folded(w2, "thành"))
        || (eq_folded(w1, "lộ") && (eq_folded(w2, "đại") || eq_folded(w2, "quốc")));
    // "đồng chí" is the one form of two words: its last word is `w1`.
    let addressed = FORMS_OF_ADDRESS.iter().any(|a| match a.split_once(' ') {
        Some((first, last)) => eq_folded(w1, last) && eq_folded(w2, first),
        None => eq_folded(w1, a),
    });
    // A given name between surname and province is one bare word: "Trần Quốc
    // Thái Bình", but not "Hà Giang, Thái Nguyên" or "Giang60.".
    let given_name = starts_upper(w1) && w1.chars().all(char::is_alphabetic);
    // "Văn"/"Thị" two words back would make a five-syllable name: "Trường
    // Chu Văn An Hà Nội" is a school in Hà Nội.
    let middle = eq_folded(w2, "văn") || eq_folded(w2, "thị");
    let surname = is_surname(w1) || (given_name && is_surname(w2) && !middle);
    lower_unit || addressed || surname || is_nickname(text, start)
}

/// Rule 4: a name joined by a dash to a river's name is the other river of
/// a river system ("hệ thống sông Sài Gòn – Đồng Nai", "sông Hồng - Thái
/// Bình"): the dash, alone or glued to the word before, then one to four
/// capitalized words, then "sông".
fn joins_a_river(text: &str, start: usize) -> bool {
    if !text[..start].trim_end_matches(' ').ends_with(is_dash) {
        return false;
    }
    let mut tokens = tokens_before(text, start).map(|(_, token)| token);
    let Some(first) = tokens.next() else {
        return false;
    };
    let glued = first.trim_end_matches(is_dash);
    if glued.len() == first.len() {
        return false;
    }
    let words = (!glued.is_empty())
        .then_some(glued)
        .into_iter()
        .chain(tokens);
    for (names, word) in words.enumerate() {
        if eq_folded(word, "sông") {
            return names > 0;
        }
        if names == 4 || !starts_upper(word) || !word.chars().all(char::is_alphabetic) {
            return false;
        }
    }
    false
}

/// A quoted name right after a given name is a nickname: Hùng “Sài Gòn”.
fn is_nickname(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix(['“', '"']) else {
        return false;
    };
    let Some(word) = head
        .strip_suffix(' ')
        .and_then(|h| h.split(' ').next_back())
    else {
        return false;
    };
    starts_upper(word) && word.chars().all(char::is_alphabetic)
}

/// Rule 3: every syllable of the span starts with a capital.
fn is_capitalized(span: &str) -> bool {
    span.split(|c: char| !c.is_alphabetic())
        .filter(|syllable| !syllable.is_empty())
        .all(starts_upper)
}

fn is_all_caps(span: &str) -> bool {
    span.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// Rule 6: the syllable after the span makes a longer name.
fn starts_longer_name(text: &str, end: usize, name: &str) -> bool {
    LONGER_NAMES.iter().any(|(n, syllable)| {
        *n == name
            && text[end..]
                .strip_prefix(' ')
                .unwrap_or("")
                .chars()
                .map(fold_char)
                .take_while(|c| c.is_alphabetic())
                .take(8)
                .eq(syllable.chars())
    })
}

/// Rule 1: the span is part of a web address ("…-khu-kinh-te-o-Kon-Tum-…").
fn in_url(text: &str, start: usize, end: usize) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(LOOKBACK * 2));
    let to = text.ceil_char_boundary(end + LOOKBACK);
    let token_start = text[from..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let token_end = text[end..to]
        .find(char::is_whitespace)
        .map_or(to, |i| end + i);
    let token = &text[token_start..token_end];
    token.contains("://") || token.contains("www.")
}

/// The shortest line that hard-wrapped text breaks (plain text wrapped at
/// 72 to 80 columns breaks most lines past 60 characters).
const WRAPPED_LINE_CHARS: usize = 50;

/// Rule 1: a name that runs over a line break ("mời gọi đầu tư từ Hà" /
/// "Nội và một số tỉnh") is one when its first line is a full line of
/// hard-wrapped text, not a short heading, caption or byline ending in a
/// syllable of it ("Ảnh: Thu Hà" / "Nội dung …").
fn is_wrapped(text: &str, start: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |i| i + 1);
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
    text[line_start..line_end]
        .chars()
        .nth(WRAPPED_LINE_CHARS - 1)
        .is_some()
}

/// Rule 1: letters do not touch the span.
fn is_whole_syllables(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
}

/// Every province named in `text`, in text order (see the module rules).
pub fn find(text: &str) -> Vec<ProvinceMention> {
    let matcher = &*MATCHER;
    let mut mentions = Vec::new();
    for found in matcher.automaton.find_iter(text) {
        let (start, end) = (found.start, found.end);
        let pattern = matcher.spelling[found.pattern];
        if !is_whole_syllables(text, start, end) || in_url(text, start, end) {
            continue;
        }
        // "Hồ Chí Minh City" names the city as surely as "TP. Hồ Chí Minh".
        // Only ASCII letters fold to ASCII, so an ASCII comparison is the fold.
        let city_after = text.as_bytes()[end..]
            .get(..5)
            .is_some_and(|after| after.eq_ignore_ascii_case(b" city"));
        let prefix = prefix_before(text, start)
            .map(|(p, _)| p)
            .or(city_after.then_some(Prefix::City));
        let candidates = &matcher.targets[pattern];
        let Some(target) = choose(candidates, prefix) else {
            continue;
        };
        let unit = &UNITS[target.unit];
        let span = &text[start..end];
        if span.contains('\n') && !is_wrapped(text, start) {
            continue;
        }
        let has_prefix = prefix.is_some() || matcher.prefixed[pattern];
        if !has_prefix {
            if !is_capitalized(span) {
                continue;
            }
            if is_all_caps(span) && COMMON_WORDS.contains(&unit.province.name) {
                continue;
            }
            if is_lower_unit_or_person(text, start) || joins_a_river(text, start) {
                continue;
            }
        }
        if starts_longer_name(text, end, unit.province.name) {
            continue;
        }
        mentions.push(ProvinceMention {
            province: unit.province,
            text: span.to_owned(),
            start,
            end,
            place: Place::Body,
        });
    }
    mentions
}

/// The unit a spelling names given the prefix before it, or none when the
/// spelling needs a prefix it does not have.
fn choose(candidates: &[Target], prefix: Option<Prefix>) -> Option<Target> {
    let usable = |t: &&Target| !t.needs_prefix || prefix.is_some();
    let of_kind = candidates
        .iter()
        .filter(usable)
        .find(|t| prefix.is_some_and(|p| UNITS[t.unit].kind == p.kind()));
    of_kind.or_else(|| candidates.iter().find(usable)).copied()
}

/// The unit any spelling of `name` names ("Daklak", "TP.HCM", "tỉnh Sơn La",
/// "Thừa Thiên - Huế"): the whole of `name` must be one spelling, after an
/// optional "tỉnh"/"thành phố"/"TP" prefix. A spelling shared by two units
/// ("ĐN") gives the one of the prefix's kind, or none without a prefix.
pub fn by_name(name: &str) -> Option<Province> {
    let matcher = &*MATCHER;
    let name = name.trim();
    let folded = fold(name);
    let mut rest: &str = &folded;
    let mut prefix = None;
    for (word, kind) in [
        ("tỉnh", Prefix::Province),
        ("thành phố", Prefix::City),
        ("thủ đô", Prefix::City),
        ("tp.", Prefix::City),
        ("tp", Prefix::City),
    ] {
        if let Some(after) = rest.strip_prefix(word)
            && (after.starts_with(' ') || word.ends_with('.'))
            && !after.trim_start().is_empty()
        {
            rest = after.trim_start();
            prefix = Some(kind);
            break;
        }
    }
    let found = matcher
        .automaton
        .find_iter(rest)
        .find(|m| m.start == 0 && m.end == rest.len())
        .or_else(|| {
            // A spelling that itself starts with "tp" ("TP.HCM").
            matcher
                .automaton
                .find_iter(folded.as_ref())
                .find(|m| m.start == 0 && m.end == folded.len())
                .inspect(|_| prefix = None)
        })?;
    let candidates = &matcher.targets[matcher.spelling[found.pattern]];
    let distinct = candidates.len() == 1;
    let target = match prefix {
        Some(p) => candidates
            .iter()
            .find(|t| UNITS[t.unit].kind == p.kind())
            .or(distinct.then(|| &candidates[0])),
        None => distinct.then(|| &candidates[0]),
    }?;
    Some(UNITS[target.unit].province)
}

/// Every case form of every spelling, in the automaton's pattern order: the
/// patterns of the table's oracle, the library's automaton.
#[cfg(test)]
pub(super) fn case_forms_of_all() -> Vec<String> {
    let (patterns, _, _) = spellings();
    patterns.iter().flat_map(|p| case_forms(p)).collect()
}

/// The table `find` searches with, for its oracle tests.
#[cfg(test)]
pub(super) fn table() -> &'static Table {
    &MATCHER.automaton
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    use super::*;
    use crate::testing::seeds;

    #[test]
    fn rule_tables_name_real_units() {
        let names = BARE_NEEDS_PREFIX
            .iter()
            .chain(COMMON_WORDS)
            .chain(LONGER_NAMES.iter().map(|(name, _)| name));
        for name in names {
            assert!(UNITS.iter().any(|u| u.province.name == *name), "{name}");
        }
    }

    /// `case_forms` relies on each non-ASCII letter of a spelling having no
    /// other preimage under `fold_char` than itself and `unfolded`, and on
    /// ASCII letters having only their ASCII upper case.
    #[test]
    fn case_forms_cover_every_preimage_of_the_fold() {
        let (patterns, _, _) = spellings();
        let alphabet: std::collections::BTreeSet<char> =
            patterns.iter().flat_map(|p| p.chars()).collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let folded = fold_char(c);
            if folded == c || !alphabet.contains(&folded) {
                continue;
            }
            if folded.is_ascii() {
                assert!(c.is_ascii(), "{c:?} folds to {folded:?}");
            } else {
                assert_eq!(unfolded(folded), Some(c), "{c:?} folds to {folded:?}");
            }
        }
    }

    /// The automaton over the text finds what the folded spellings find over
    /// a folded copy of it.
    #[test]
    fn searching_the_text_equals_searching_its_fold() {
        let (patterns, _, _) = spellings();
        let over_folded = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap();
        let texts = [
            "TỈNH SƠN LA, ĐẮK LẮK, Thừa Thiên – Huế, tp.hcm, TP.HCM, Tp.Hcm",
            "HÀ nỘI, hà NỘI, Hà Nội, bà rịa - VŨNG TÀU, BR-VT, Đà NẴNG, đÀ nẵng",
            "Hồ Chí Minh City, THÁI BÌNH DƯƠNG, Thừa Thiên Huế1, KHÁNH HOÀ, hOÀ bÌNH",
            seeds::BAC_KAN_2017,
        ];
        for text in texts {
            let upper = text.to_uppercase();
            for text in [text, upper.as_str()] {
                let spaced = text.replace('\n', " ");
                let folded = fold(&spaced);
                let want: Vec<(usize, usize, usize)> = over_folded
                    .find_iter(folded.as_ref())
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect();
                let got: Vec<(usize, usize, usize)> = MATCHER
                    .automaton
                    .find_iter(text)
                    .map(|m| (m.start, m.end, MATCHER.spelling[m.pattern]))
                    .collect();
                assert_eq!(got, want, "{text:?}");
                assert!(got.len() >= 3, "{text:?}");
            }
        }
    }

    #[test]
    fn dashed_names_expand_to_every_dash() {
        let forms = expand("bà rịa - vũng tàu");
        for form in [
            "bà rịa-vũng tàu",
            "bà rịa – vũng tàu",
            "bà rịa —vũng tàu",
            "bà rịa vũng tàu",
        ] {
            assert!(forms.iter().any(|f| f == form), "{form}");
        }
    }
}
