//! Personal names: which capitalized runs are a person and where the name
//! inside them begins and ends.
//!
//! A name is 2 to 5 capitalized syllables. Without an honorific before it
//! ("đồng chí", "ông", "bà") its first syllable must be a known family name
//! (both lists are in `extract/lexicon.rs`): capitalization alone does not
//! decide, because sentence-initial words, places and organizations are
//! capitalized too. A run that begins with a
//! province ("Hà Nội Hoàng Trung Hải", "An Giang Vương Bình Thạnh") holds the
//! place first and the name after it; a run that is only a place is no name.

use std::sync::LazyLock;

use super::tokens::Tokens;
use crate::extract::lexicon::{SURNAMES, WEAK_HONORIFICS};
use crate::text::case::{eq_lower, is_lower, is_upper};

/// Provinces and the other places a title names before a person: stripped
/// from the front of a capitalized run, never part of a name.
#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Bắc Cạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
    "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Hoà Bình", "Thái Nguyên", "Lạng Sơn",
    "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng",
    "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Thanh Hoá",
    "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Huế", "Đà Nẵng",
    "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Khánh Hoà", "Ninh Thuận",
    "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đăk Lăk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
    "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa", "Vũng Tàu", "Hồ Chí Minh", "Sài Gòn",
    "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
    "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Việt Nam",
    "Hàn Quốc", "Trung Quốc", "Nhật Bản", "Hoa Kỳ", "Thái Lan", "Đông Á", "Đông Nam Á",
    "Thái Bình Dương", "Tây Nguyên", "Tây Bắc", "Đông Bắc",
];

/// Capitalized words that are never part of a personal name: title and
/// organization heads, honorifics, and words that open a credit or a clause.
#[rustfmt::skip]
const NOT_NAME: &[&str] = &[
    "Phó", "Chủ", "Bí", "Giám", "Trưởng", "Tổng", "Thứ", "Bộ", "Thủ", "Ủy", "Uỷ", "Sở", "Ban",
    "Hội", "Tỉnh", "Huyện", "Quận", "Xã", "Phường", "Ông", "Bà", "Ảnh", "Theo", "Tại", "Nguồn",
    "Tác", "Đ/c", "Đồng", "Các", "Cục", "Viện", "Tòa", "Đảng", "Ngày", "Năm", "Tháng", "Sáng",
    "Chiều", "Tối", "Trong", "Với", "Cùng", "Và", "Của", "Dự", "Tham", "Thượng", "Thiếu", "Thạc",
    "Nhà", "Sông", "Phố", "Chợ", "Cảng", "Khu", "Cụm",
];

/// Words looked up by exact text, bucketed by byte length and first byte:
/// a lookup compares a handful of words and hashes nothing (the lookups run
/// once per capitalized word).
struct WordIndex<T> {
    buckets: Vec<Vec<(&'static str, T)>>,
}

impl<T> WordIndex<T> {
    fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut buckets: Vec<Vec<(&'static str, T)>> = (0..32 * 256).map(|_| Vec::new()).collect();
        for (word, value) in entries {
            if let Some(slot) = Self::slot(word) {
                buckets[slot].push((word, value));
            }
        }
        WordIndex { buckets }
    }

    fn slot(word: &str) -> Option<usize> {
        let first = *word.as_bytes().first()?;
        Some((word.len().min(31) << 8) | usize::from(first))
    }

    fn get(&self, word: &str) -> Option<&T> {
        let bucket = &self.buckets[Self::slot(word)?];
        bucket.iter().find(|(w, _)| *w == word).map(|(_, v)| v)
    }

    fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

static SURNAME_SET: LazyLock<WordIndex<()>> =
    LazyLock::new(|| WordIndex::new(SURNAMES.iter().map(|&w| (w, ()))));

static NOT_NAME_SET: LazyLock<WordIndex<()>> =
    LazyLock::new(|| WordIndex::new(NOT_NAME.iter().map(|&w| (w, ()))));

/// Places as word lists by first word, each list longest first so "Thái
/// Bình Dương" wins over "Thái Bình".
static PLACE_WORDS: LazyLock<WordIndex<Vec<Vec<&'static str>>>> = LazyLock::new(|| {
    let mut places: Vec<Vec<&str>> = PLACES.iter().map(|p| p.split(' ').collect()).collect();
    places.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let mut by_first: Vec<(&str, Vec<Vec<&str>>)> = Vec::new();
    for p in places {
        match by_first.iter_mut().find(|(first, _)| *first == p[0]) {
            Some((_, group)) => group.push(p),
            None => by_first.push((p[0], vec![p])),
        }
    }
    WordIndex::new(by_first)
});

/// True when `word` is a known family name (or opens an Ê Đê name with "H'").
pub fn is_surname(word: &str) -> bool {
    SURNAME_SET.contains(word)
        || ((word.starts_with("H'") || word.starts_with("H’")) && word.chars().count() > 2)
}

/// True when `word` looks like one syllable of a name: a capital, then
/// lowercase letters (an apostrophe may precede a capital: "H'Hen").
pub fn is_name_syllable(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !is_upper(first) || NOT_NAME_SET.contains(word) {
        return false;
    }
    let mut after_apostrophe = false;
    for c in chars {
        if c == '\'' || c == '’' {
            after_apostrophe = true;
        } else if is_lower(c) || (after_apostrophe && is_upper(c)) {
            after_apostrophe = false;
        } else {
            return false;
        }
    }
    !after_apostrophe
}

/// The end (exclusive) of the run of name syllables starting at token `i`.
pub fn syllable_run(t: &Tokens, i: usize) -> usize {
    let mut j = i;
    while t.word(j).is_some_and(is_name_syllable) {
        j += 1;
    }
    j
}

/// The number of tokens of a place name at `i`, within `i..end`, or 0.
pub fn place_at(t: &Tokens, i: usize, end: usize) -> usize {
    let Some(group) = t.word(i).and_then(|w| PLACE_WORDS.get(w)) else {
        return 0;
    };
    group
        .iter()
        .find(|place| {
            i + place.len() <= end
                && place
                    .iter()
                    .enumerate()
                    .all(|(k, w)| t.word(i + k).is_some_and(|x| x == *w))
        })
        .map_or(0, Vec::len)
}

/// What stands before a capitalized run, which decides how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Nothing that announces a person: the first syllable must be a family name.
    Bare,
    /// A title ending in a province-level body ("UBND tỉnh"): a province may
    /// come first, then a name with a family name.
    Title,
    /// A title ending in a district-level place word ("UBND huyện"): the run
    /// opens with the place's own (usually two-syllable) name.
    DistrictTitle,
    /// An honorific ("ông", "đồng chí"): any capitalized syllables.
    Honorific,
}

/// The token range of a personal name in the run starting at `i`, if the run
/// holds one. With an honorific a single syllable is returned too (a short
/// reference such as "ông Thơ"); the caller decides what it refers to.
pub fn read_name(t: &Tokens, i: usize, before: Before) -> Option<(usize, usize)> {
    let end = syllable_run(t, i);
    if end == i {
        return None;
    }
    let mut start = i;
    let place = place_at(t, i, end);
    if place == end - i {
        return None;
    }
    if place > 0 {
        start += place;
    } else if before == Before::DistrictTitle {
        // "Chủ tịch UBND huyện Lục Ngạn Nguyễn Văn A": the district comes first.
        if end - i < 4 {
            return None;
        }
        start += 2;
    }
    let len = end - start;
    let first = t.word(start)?;
    let ok = match before {
        Before::Honorific => (1..=5).contains(&len),
        _ => (2..=5).contains(&len) && is_surname(first),
    };
    ok.then_some((start, end))
}

/// True when `word` (any case) is one of the honorifics that precede a name.
pub fn honorific_len(t: &Tokens, i: usize) -> usize {
    // By first byte and byte length, so a word is compared with at most two
    // of the honorifics ("các đồng chí", "đồng chí", "cử tri", "đ/c", "ông",
    // "bà", "anh", "chị", "cô", "thầy"). The first byte with 0x20 set stands
    // for either case: each first letter is ASCII, or ô or đ, whose capitals
    // share their lead byte (0xc3, 0xc4), and no other character lowercases
    // to one of them.
    let Some(w) = t.word(i) else {
        return 0;
    };
    let is = |lower: &str| eq_lower(w, lower);
    match (w.as_bytes()[0] | 0x20, w.len()) {
        (b'b', 3) if is("bà") => 1,
        (b'a', 3) if is("anh") => 1,
        (b'c', 3) if is("cô") => 1,
        (b'c', 4) if is("các") => usize::from(t.is(i + 1, "đồng") && t.is(i + 2, "chí")) * 3,
        (b'c', 4) if is("cử") => usize::from(t.is(i + 1, "tri")) * 2,
        (b'c', 5) if is("chị") => 1,
        (b't', 6) if is("thầy") => 1,
        (0xe4, 4) if is("đ/c") => 1,
        (0xe4, 7) if is("đồng") => usize::from(t.is(i + 1, "chí")) * 2,
        (0xe3, 4) if is("ông") => 1,
        _ => 0,
    }
}

/// True when the honorific at `i` is one that also means something else
/// ("anh" brother, "cô" aunt, "Anh" the given name, "cử tri" the voters of a
/// place), so only a full name with a family name may follow it.
pub fn is_weak_honorific(t: &Tokens, i: usize) -> bool {
    let Some(w) = t.word(i) else {
        return false;
    };
    // The first word cut by a byte search: a `str` split costs more than
    // the comparison, and this is asked at every honorific.
    WEAK_HONORIFICS.iter().any(|h| {
        let first = memchr::memchr(b' ', h.as_bytes()).map_or(*h, |space| &h[..space]);
        eq_lower(w, first)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// [`honorific_len`] as it was, comparing each word with every honorific.
    fn honorific_len_by_comparison(t: &Tokens, i: usize) -> usize {
        let Some(w) = t.word(i) else {
            return 0;
        };
        let is = |lower: &str| eq_lower(w, lower);
        if is("các") {
            usize::from(t.is(i + 1, "đồng") && t.is(i + 2, "chí")) * 3
        } else if is("cử") {
            usize::from(t.is(i + 1, "tri")) * 2
        } else if is("đồng") {
            usize::from(t.is(i + 1, "chí")) * 2
        } else {
            usize::from(
                ["bà", "anh", "cô", "đ/c", "ông", "chị", "thầy"]
                    .iter()
                    .any(|h| is(h)),
            )
        }
    }

    /// The byte dispatch reads every honorific of the lexicon, whole: its
    /// length in words, followed by a name or not.
    #[test]
    fn honorific_len_reads_every_lexicon_honorific() {
        for h in crate::extract::lexicon::HONORIFICS {
            for text in [h.to_string(), format!("{h} Nguyễn Văn A")] {
                let toks = tokenize(&text);
                let t = Tokens::new(&text, &toks);
                assert_eq!(honorific_len(&t, 0), h.split(' ').count(), "{text}");
            }
        }
    }

    /// The byte dispatch agrees with comparing every honorific, for each
    /// honorific with any one letter in any form that lowercases to it.
    #[test]
    fn honorific_dispatch_agrees_with_comparison() {
        let phrases = [
            "bà",
            "anh",
            "cô",
            "các đồng chí",
            "cử tri",
            "chị",
            "thầy",
            "đ/c",
            "đồng chí",
            "ông",
            "bác",
            "cụ",
            "tôi",
            "đồng",
            "các",
            "cử",
        ];
        for phrase in phrases {
            for (k, c) in phrase.char_indices() {
                for u in (0..=0x10ffff).filter_map(char::from_u32) {
                    if !u.to_lowercase().eq([c]) {
                        continue;
                    }
                    let text = format!("{}{u}{}", &phrase[..k], &phrase[k + c.len_utf8()..]);
                    let toks = tokenize(&text);
                    let t = Tokens::new(&text, &toks);
                    assert_eq!(
                        honorific_len(&t, 0),
                        honorific_len_by_comparison(&t, 0),
                        "{text}"
                    );
                }
            }
        }
    }
}
