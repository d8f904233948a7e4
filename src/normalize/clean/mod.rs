//! One line at a time: invisible characters, spaces, NFC and tone placement.
//!
//! Rules, for each character of a line ([`action`]):
//! 1. Spacing and control characters become one ordinary space (NBSP, tabs,
//!    ideographic space, stray control codes); runs of spaces collapse and
//!    the line's ends are trimmed.
//! 2. Invisible characters are dropped (zero-width space and joiners, soft
//!    hyphen, BOM, direction marks).
//! 3. Every other character is kept; the line is then composed to NFC and
//!    given the modern tone placement (`tone.rs`).
//!
//! A line is already clean when it has no leading, trailing or doubled space,
//! no character we rewrite, no character that could change under NFC and no
//! old-style tone placement. Checking that is one byte scan; only lines that
//! fail it are rebuilt (the slow path), so clean text is never copied.
//!
//! Both the check and the rebuilding are `fast.rs`, block scans equal to
//! going char by char, because every line of every text passes through them.

mod fast;

pub(crate) use fast::{is_clean, push_clean};

/// What the slow path does with a character.
enum Action {
    Keep,
    /// Spacing and control characters become one ordinary space, so words
    /// they separated stay apart (NBSP, tabs, ideographic space, stray
    /// control codes from old word processors).
    Space,
    /// Invisible characters are dropped: they split words without showing
    /// (zero-width space/joiners, soft hyphen, BOM, direction marks).
    Remove,
}

fn action(c: char) -> Action {
    match c {
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' => {
            Action::Space
        }
        '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Action::Space,
        '\u{00}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Action::Space,
        '\u{AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => Action::Remove,
        '\u{2060}'..='\u{206F}' | '\u{FEFF}' => Action::Remove,
        _ => Action::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `line` cleaned by [`push_clean`].
    pub(super) fn clean(line: &str) -> String {
        let mut out = String::new();
        push_clean(line, &mut out, &mut String::new());
        out
    }

    /// (input line, expected clean line)
    pub(super) const EXAMPLES: &[(&str, &str)] = &[
        ("Lượt xem: 137", "Lượt xem: 137"),
        (
            "\u{A0}\u{A0}\u{A0}Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh",
            "Ngày 12/1/2023, đồng chí Hoàng Quốc Khánh",
        ),
        (
            "Trưởng Ban chỉ đạo CCHC,\u{A0}Chủ tịch",
            "Trưởng Ban chỉ đạo CCHC, Chủ tịch",
        ),
        (
            "Các sở ban ngành Sở Tư pháp  ",
            "Các sở ban ngành Sở Tư pháp",
        ),
        ("\tNăm 2015,\t\tcác sở", "Năm 2015, các sở"),
        ("cải\u{200B} cách", "cải cách"),
        ("hành chín\u{AD}h", "hành chính"),
        ("\u{FEFF}Hội nghị", "Hội nghị"),
        ("95,83%\u{202F}(cao hơn)", "95,83% (cao hơn)"),
        // decomposed (NFD) input composes
        ("Ho\u{0302}\u{0323}i nghi\u{0323}", "Hội nghị"),
        ("Tin chi\u{0301}nh tri\u{0323}", "Tin chính trị"),
        // old tone placement is rewritten after composition
        ("Thanh Hoa\u{0301}", "Thanh Hóa"),
        ("Tỉnh uỷ Sơn La", "Tỉnh ủy Sơn La"),
        // dashes and quotes are kept as written
        ("2016 – 2021", "2016 – 2021"),
        ("“cà phê sáng”", "“cà phê sáng”"),
        ("\u{A0}", ""),
        ("", ""),
    ];

    #[test]
    fn examples() {
        for (input, expected) in EXAMPLES {
            assert_eq!(clean(input), *expected, "input: {input:?}");
            assert_eq!(is_clean(input), input == expected, "input: {input:?}");
        }
    }
}
