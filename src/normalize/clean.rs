//! One line at a time: invisible characters, spaces, NFC and tone placement.
//!
//! A line is already clean when it has no leading, trailing or doubled space,
//! no character we rewrite, no character that could change under NFC and no
//! old-style tone placement. Checking that is one byte scan; only lines that
//! fail it are rebuilt (the slow path), so clean text is never copied.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::tone;

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

/// True for characters that are kept as they are and are certainly NFC
/// whatever surrounds them (no combining class, no decomposition that NFC
/// would apply): the Latin and Vietnamese letters and common punctuation.
fn is_plain(c: char) -> bool {
    matches!(c,
        '\u{A1}'..='\u{AC}' | '\u{AE}'..='\u{2FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{20A0}'..='\u{20CF}')
}

/// True when `line` needs no change at all.
pub(crate) fn is_clean(line: &str) -> bool {
    let bytes = line.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return true;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    let mut prev_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            match b {
                b' ' => {
                    if prev_space {
                        return false;
                    }
                    prev_space = true;
                }
                0..=0x1F | 0x7F => return false,
                b'o' | b'O' | b'u' | b'U' => {
                    prev_space = false;
                    if tone::old_style_at(line, i).is_some() {
                        return false;
                    }
                }
                _ => prev_space = false,
            }
            i += 1;
        } else {
            prev_space = false;
            // `i` is always at a char boundary: we step by whole characters.
            let Some(c) = line[i..].chars().next() else {
                return false;
            };
            if !is_plain(c) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

/// Appends the clean form of `line` to `out`: invisible characters removed,
/// spacing characters as single spaces, ends trimmed, NFC, modern tones.
/// `scratch` is reused between calls to avoid an allocation per line.
pub(crate) fn push_clean(line: &str, out: &mut String, scratch: &mut String) {
    scratch.clear();
    let mut pending_space = false;
    for c in line.chars() {
        match action(c) {
            Action::Keep => {
                if pending_space && !scratch.is_empty() {
                    scratch.push(' ');
                }
                pending_space = false;
                scratch.push(c);
            }
            Action::Space => pending_space = true,
            Action::Remove => {}
        }
    }
    if is_nfc_quick(scratch.chars()) == IsNormalized::Yes {
        tone::push_modern(scratch, out);
    } else {
        let composed: String = scratch.nfc().collect();
        tone::push_modern(&composed, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(line: &str) -> String {
        let mut out = String::new();
        push_clean(line, &mut out, &mut String::new());
        out
    }

    /// (input line, expected clean line)
    const EXAMPLES: &[(&str, &str)] = &[
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
