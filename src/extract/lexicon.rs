//! Surnames and honorifics: the words that tell a person's name, for the
//! people extractor (`person/`) and for the province and district matchers
//! (`province/`), which must not read "Nguyễn Thị Hà Giang" or "UBND huyện
//! Sông Mã Lò Văn Hải" as places.
//!
//! One list per purpose, all here. The province lists are picks from the
//! people's lists (the tests below hold them to it), not the whole of them:
//! the whole would change what is found. Every surname before a place name
//! would make "Đoàn Hà Nội" (a delegation) a person, and every surname after
//! a district's second syllable would cut "huyện Dương Minh Châu" short; the
//! people's honorifics before a place would make "cử tri Hà Nội" (its
//! voters) a person, and "em", "chú", "cháu" before a name would find people
//! the people extractor leaves out today ("em Võ Quang Tuấn").
//!
//! Spelling: a list matched exactly is written as names are written
//! ([`SURNAMES`], capitalized); a list matched in any case is written in
//! lower case, the folded form that `text/fold.rs` and `text/case.rs`'s
//! `eq_lower` compare with.

/// Family names, Kinh and ethnic-minority (Thái, Mông, Tày, Nùng, Ê Đê,
/// Gia Rai, Ba Na ...). "Y" and "H'..." open Ê Đê names ("Y Thanh Hà Niê
/// Kđăm"; "H'" is told by its apostrophe, not listed). A bare name, with
/// neither honorific nor title, must begin with one (`person/names.rs`).
#[rustfmt::skip]
pub const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Vương", "Cầm", "Lò", "Quàng", "Lường", "Giàng", "Sùng", "Vàng",
    "Thào", "Khúc", "Lương", "Hà", "Đinh", "Trịnh", "Mai", "Tô", "Triệu", "Đoàn", "Lâm", "Chu",
    "Tạ", "Lã", "La", "Nông", "Hứa", "Lục", "Mạc", "Quách", "Kiều", "Đàm", "Thái", "Cao", "Văn",
    "Tăng", "Ninh", "Đào", "Châu", "Trương", "Kim", "Y", "Ksor", "Rơ", "Siu", "Nay", "Rah", "Kpă",
    "Rcom", "Niê", "Mlô", "Êban", "Byă", "Ayun", "Ma", "Bàn", "Lô", "Đậu", "Phùng", "Khổng",
    "Doãn", "Diệp", "Hầu", "Tống", "Từ", "Thân", "Nghiêm", "Kha", "Âu", "Giáp", "Lưu", "Quan",
    "Tôn", "Mẫn", "Cù", "Bạch", "Phí", "Bế", "Lầu", "Mùa", "Hờ", "Lù", "Vi", "Sầm", "Tòng", "Mã",
    "Thạch", "Ưng", "Lạc", "Khương", "Lại", "Chế", "Trình", "Ôn", "Tiêu", "Lữ", "Nhữ", "Bành",
    "Thiều", "Vòng", "Bì", "Lầm", "Lìu", "Tẩn", "Chảo", "Sần", "Tráng",
];

/// Folded surnames, and the middle names "Văn"/"Thị", after which a
/// capitalized province name is the end of a person's name
/// (`province/matcher.rs`, rule 5); also the first word of a three-syllable
/// person after a unit word ("TP Nguyễn Đức Chung", `province/district.rs`).
/// Common surnames only: "Đoàn" and "Mai" are left out, as "Đoàn Hà Nội" is
/// a delegation.
pub const SURNAMES_BEFORE_PLACES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "trương", "đinh", "trịnh", "lương", "lưu", "tạ", "quách", "vương",
    "hứa", "kiều", "khúc", "cầm", "lò", "lường", "hà", "tô", "chu", "châu", "thái", "lâm", "cao",
    "đào", "tăng", "triệu", "doãn", "phùng", "nông", "hầu", "thân", "mạc", "giáp", "tống", "lục",
    "văn", "thị",
];

/// Folded surnames that end no district's name, so a third syllable that is
/// one starts a person's name: "UBND huyện Sông Mã Lò Văn Hải" names Sông Mã
/// (`province/district.rs`). "Châu", "Hà", "Lâm" end "Dương Minh Châu",
/// "Lâm Hà", "Bảo Lâm" and stay out.
pub const SURNAMES_NOT_IN_DISTRICT_NAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô",
    "trương", "đinh", "trịnh", "lò", "lường", "cầm", "quàng",
];

/// Honorifics before a person's name, in lower case: after one, a name need
/// not begin with a known surname ("bà Yoonhee Kim"). `person/names.rs`
/// matches them by a byte dispatch that its tests hold to this list, and
/// `person/cues.rs` searches for their last words.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "read through a byte dispatch and the cue table, which tests hold to it"
    )
)]
#[rustfmt::skip]
pub const HONORIFICS: &[&str] = &[
    "các đồng chí", "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "cô", "thầy", "cử tri",
];

/// The honorifics that also mean something else ("anh" brother, "cô" aunt,
/// "Anh" the given name, "cử tri" the voters of a place): only a full name
/// with a family name may follow them.
pub const WEAK_HONORIFICS: &[&str] = &["anh", "chị", "cô", "thầy", "cử tri"];

/// Folded forms of address before a capitalized province name that make it
/// part of a person's name ("chị Hà Giang", "đồng chí Thái Bình";
/// `province/matcher.rs`, rule 5). Unlike [`HONORIFICS`]: the family words
/// "chú", "cháu", "em"; not "thầy", and not "cử tri" ("cử tri Hà Nội" are the
/// voters of Hà Nội).
#[rustfmt::skip]
pub const FORMS_OF_ADDRESS: &[&str] = &[
    "ông", "bà", "anh", "chị", "cô", "chú", "cháu", "em", "đ/c", "đồng chí",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `word` with its first letter in capitals: "đặng" → "Đặng".
    fn capitalized(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// The province lists pick from the people's: a surname added there is
    /// added once, in [`SURNAMES`], and chosen for the others.
    #[test]
    fn province_surnames_are_surnames() {
        for word in SURNAMES_BEFORE_PLACES
            .iter()
            .chain(SURNAMES_NOT_IN_DISTRICT_NAMES)
            .filter(|&&w| w != "thị")
        {
            assert!(SURNAMES.contains(&capitalized(word).as_str()), "{word}");
        }
        assert!(SURNAMES_BEFORE_PLACES.contains(&"thị"));
        assert!(!SURNAMES_BEFORE_PLACES.contains(&"đoàn"));
        assert!(!SURNAMES_NOT_IN_DISTRICT_NAMES.contains(&"châu"));
    }

    #[test]
    fn weak_honorifics_are_honorifics() {
        for h in WEAK_HONORIFICS {
            assert!(HONORIFICS.contains(h), "{h}");
        }
    }

    /// Lower case, as the folded comparisons need, and no word twice.
    #[test]
    fn lists_are_folded_and_distinct() {
        let folded = [
            SURNAMES_BEFORE_PLACES,
            SURNAMES_NOT_IN_DISTRICT_NAMES,
            HONORIFICS,
            FORMS_OF_ADDRESS,
        ];
        for list in folded.iter().chain([&SURNAMES]) {
            let mut words = list.to_vec();
            words.sort_unstable();
            words.dedup();
            assert_eq!(words.len(), list.len());
        }
        for word in folded.iter().flat_map(|list| list.iter()) {
            assert_eq!(word.to_lowercase(), *word);
        }
    }
}
