//! One tone-mark placement: the modern ("new") style.
//!
//! Vietnamese has two conventions for the open syllables spelled with the
//! vowel pairs `oa`, `oe` and `uy`: the old style puts the tone on the second
//! vowel ("hoà", "khoẻ", "thuỷ"), the modern style on the first ("hòa",
//! "khỏe", "thủy"). Official documents use both, so "Thanh Hoá" and
//! "Thanh Hóa" would otherwise be two provinces. We rewrite the old style to
//! the modern one.
//!
//! Rules:
//! - Only when the pair ends the syllable (no letter follows): in closed
//!   syllables ("hoàng", "thuyền", "khoán") the tone sits on the second vowel
//!   in both styles.
//! - Not after `q`: in "quý", "quỳ" the `u` belongs to the consonant `qu`, so
//!   `y` is the only vowel and keeps its tone.
//! - The first vowel must be a plain `o`/`u` and the second a toned `a`, `e`
//!   (after `o`) or `y` (after `u`); case is kept letter by letter.

/// Vowels with their five tones, in the order grave, acute, hook, tilde, dot.
const A_LOWER: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
const A_UPPER: [char; 5] = ['À', 'Á', 'Ả', 'Ã', 'Ạ'];
const E_LOWER: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
const E_UPPER: [char; 5] = ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'];
const Y_LOWER: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
const Y_UPPER: [char; 5] = ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'];
const O_LOWER: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const O_UPPER: [char; 5] = ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'];
const U_LOWER: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
const U_UPPER: [char; 5] = ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'];

/// The plain letter and tone index of a toned `a`/`e`/`y` (either case).
fn split_tone(c: char) -> Option<(char, usize)> {
    let tables: [(&[char; 5], char); 6] = [
        (&A_LOWER, 'a'),
        (&A_UPPER, 'A'),
        (&E_LOWER, 'e'),
        (&E_UPPER, 'E'),
        (&Y_LOWER, 'y'),
        (&Y_UPPER, 'Y'),
    ];
    for (table, plain) in tables {
        if let Some(tone) = table.iter().position(|&t| t == c) {
            return Some((plain, tone));
        }
    }
    None
}

/// A letter or combining mark continues the syllable.
fn continues_syllable(c: char) -> bool {
    c.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// If the old-style pair starts at byte `i` of `s` (which must be an ASCII
/// `o`, `O`, `u` or `U`), returns the rewritten first and second vowels and
/// the byte length of the old second vowel.
pub(crate) fn old_style_at(s: &str, i: usize) -> Option<(char, char, usize)> {
    let first = *s.as_bytes().get(i)?;
    // Every toned a/e/y starts with byte C3 or E1 in UTF-8: most "o"/"u" are
    // followed by something else, and are rejected here.
    if !matches!(s.as_bytes().get(i + 1), Some(0xC3 | 0xE1)) {
        return None;
    }
    let rest = s.get(i + 1..)?;
    let mut chars = rest.chars();
    let second = chars.next()?;
    let (plain, tone) = split_tone(second)?;
    let pair_ok = match first {
        b'o' | b'O' => matches!(plain, 'a' | 'A' | 'e' | 'E'),
        b'u' | b'U' => matches!(plain, 'y' | 'Y'),
        _ => false,
    };
    if !pair_ok || chars.next().is_some_and(continues_syllable) {
        return None;
    }
    if matches!(first, b'u' | b'U') && matches!(s[..i].chars().next_back(), Some('q' | 'Q')) {
        return None;
    }
    let toned_first = match first {
        b'o' => O_LOWER[tone],
        b'O' => O_UPPER[tone],
        b'u' => U_LOWER[tone],
        _ => U_UPPER[tone],
    };
    Some((toned_first, plain, second.len_utf8()))
}

/// True when `s` has an old-style placement to rewrite.
#[cfg(test)]
pub(crate) fn has_old_style(s: &str) -> bool {
    s.bytes()
        .enumerate()
        .any(|(i, b)| matches!(b, b'o' | b'O' | b'u' | b'U') && old_style_at(s, i).is_some())
}

const CHUNK: usize = 32;

/// True when one of the first [`CHUNK`] bytes of `window` (which has one
/// more) is an o/u followed by byte C3 or E1, the start of any old-style pair.
fn has_candidate(window: &[u8]) -> bool {
    let (Some(first), Some(second)) = (window.get(..CHUNK), window.get(1..=CHUNK)) else {
        return true;
    };
    first.iter().zip(second).fold(false, |found, (&a, &b)| {
        let vowel = (a | 0x20) == b'o' || (a | 0x20) == b'u';
        found | (vowel & (b == 0xC3 || b == 0xE1))
    })
}

/// Appends `s` to `out` with every old-style placement rewritten.
pub(crate) fn push_modern(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        // Skip 32 positions at a time where no o/u is followed by C3 or E1
        // (a branch-free test that vectorizes).
        if let Some(window) = bytes.get(i..i + CHUNK + 1)
            && !has_candidate(window)
        {
            i += CHUNK;
            continue;
        }
        let stop = (i + CHUNK).min(bytes.len() - 1);
        while i < stop {
            // The second vowel's lead byte first (C3 or E1, see
            // `old_style_at`): it rules out most positions without a call.
            if matches!(bytes[i + 1], 0xC3 | 0xE1)
                && matches!(bytes[i], b'o' | b'O' | b'u' | b'U')
                && let Some((first, second, len)) = old_style_at(s, i)
            {
                out.push_str(&s[copied..i]);
                out.push(first);
                out.push(second);
                i += 1 + len;
                copied = i;
                continue;
            }
            i += 1;
        }
    }
    out.push_str(&s[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::seeds;

    fn modern(s: &str) -> String {
        let mut out = String::new();
        push_modern(s, &mut out);
        out
    }

    /// (input, expected): positive rows rewrite, negative rows stay as they are.
    const EXAMPLES: &[(&str, &str)] = &[
        // oa, all five tones, both cases
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoả", "hỏa"),
        ("xoã tóc", "xõa tóc"),
        ("hoạ", "họa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("THANH HOÁ", "THANH HÓA"),
        ("KHÁNH HOÀ", "KHÁNH HÒA"),
        (
            "tình hình thực hiện hiện đại hoá, công nghiệp hoá",
            "tình hình thực hiện hiện đại hóa, công nghiệp hóa",
        ),
        ("toà án", "tòa án"),
        ("xoá bỏ", "xóa bỏ"),
        ("thoả thuận", "thỏa thuận"),
        ("đoạ đày", "đọa đày"),
        ("cụ thể hoá, ban hành", "cụ thể hóa, ban hành"),
        ("văn hoá - xã hội", "văn hóa - xã hội"),
        ("Hoà Bình Khoá XVI", "Hòa Bình Khóa XVI"),
        ("(Thanh Hoá)", "(Thanh Hóa)"),
        ("Thanh Hoá.", "Thanh Hóa."),
        // oe
        ("khoẻ", "khỏe"),
        ("khoè", "khòe"),
        ("loé", "lóe"),
        ("khoẹ", "khọe"),
        ("SỨC KHOẺ", "SỨC KHỎE"),
        // uy
        ("thuỷ", "thủy"),
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("UỶ BAN", "ỦY BAN"),
        ("tuỳ", "tùy"),
        ("luỹ kế", "lũy kế"),
        ("Nguỵ", "Ngụy"),
        ("huỷ bỏ", "hủy bỏ"),
        ("thuý", "thúy"),
        ("Tỉnh Uỷ viên", "Tỉnh Ủy viên"),
        // negative: already modern
        ("hòa", "hòa"),
        ("Thanh Hóa", "Thanh Hóa"),
        ("Tỉnh ủy", "Tỉnh ủy"),
        ("khỏe", "khỏe"),
        // negative: closed syllables
        ("hoàng", "hoàng"),
        ("Hoàng Quốc Khánh", "Hoàng Quốc Khánh"),
        ("thuyền", "thuyền"),
        ("khoán", "khoán"),
        ("hoạch", "hoạch"),
        ("toàn", "toàn"),
        ("ngoài", "ngoài"),
        ("khoét", "khoét"),
        ("huých", "huých"),
        ("HOÀNG", "HOÀNG"),
        // negative: qu is a consonant
        ("quý", "quý"),
        ("quỳnh", "quỳnh"),
        ("Quý I/2025", "Quý I/2025"),
        ("QUỲ", "QUỲ"),
        ("quà", "quà"),
        // negative: no tone or other vowels
        ("hoa", "hoa"),
        ("thuy", "thuy"),
        ("oai", "oai"),
        ("uya", "uya"),
        ("Sơn La", "Sơn La"),
    ];

    #[test]
    fn examples() {
        for (input, expected) in EXAMPLES {
            assert_eq!(modern(input), *expected, "input: {input}");
            assert_eq!(has_old_style(input), input != expected, "input: {input}");
        }
    }

    /// The byte-by-byte loop `push_modern` replaced, to compare against.
    fn modern_by_bytes(s: &str) -> String {
        let mut out = String::new();
        let (bytes, mut copied, mut i) = (s.as_bytes(), 0, 0);
        while i < bytes.len() {
            if matches!(bytes[i], b'o' | b'O' | b'u' | b'U')
                && let Some((first, second, len)) = old_style_at(s, i)
            {
                out.push_str(&s[copied..i]);
                out.push(first);
                out.push(second);
                i += 1 + len;
                copied = i;
                continue;
            }
            i += 1;
        }
        out.push_str(&s[copied..]);
        out
    }

    #[test]
    fn same_as_the_byte_loop() {
        let all: Vec<&str> = EXAMPLES.iter().map(|(input, _)| *input).collect();
        // Pairs at every offset around the 32-byte chunks.
        let sparse: String = (0..70).map(|k| "x".repeat(k) + "hoà tuỷ").collect();
        for text in [
            sparse,
            all.join(" "),
            all.join(""),
            "oàoáuỷoẻ Uỷ uỷuỷ quỷ ÔÀ oà".to_owned(),
            seeds::BAC_KAN_2017.to_owned(),
        ] {
            assert_eq!(modern(&text), modern_by_bytes(&text), "{text:?}");
        }
    }

    #[test]
    fn toned_vowels_start_with_c3_or_e1() {
        for table in [A_LOWER, A_UPPER, E_LOWER, E_UPPER, Y_LOWER, Y_UPPER] {
            for c in table {
                let mut buf = [0; 4];
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(matches!(first, 0xC3 | 0xE1), "{c:?}");
            }
        }
    }

    #[test]
    fn rewriting_twice_changes_nothing() {
        for (input, _) in EXAMPLES {
            let once = modern(input);
            assert_eq!(modern(&once), once);
        }
    }
}
