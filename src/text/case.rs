//! Letter case without Unicode tables: the Vietnamese letters are answered
//! by arithmetic on their code points, anything else by std. These sit on
//! hot paths (every word is compared with a lexicon), so each is checked
//! against std over every char.

use std::borrow::Cow;

/// `c.to_lowercase()` for the letters Vietnamese uses, without the Unicode
/// table lookup; None for any other character.
#[inline]
pub fn fast_lower(c: char) -> Option<char> {
    let u = c as u32;
    let lower = match u {
        0..=0x7f => u | (u32::from(c.is_ascii_uppercase()) << 5),
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0xdf..=0xff => u,
        // Latin Extended-A pairs (Ă ă, Đ đ, Ĩ ĩ, Ũ ũ) and Latin Extended
        // Additional (Ạ ạ … Ỹ ỹ): capital even, small odd.
        0x100..=0x12f | 0x14a..=0x177 | 0x1ea0..=0x1ef9 => u | 1,
        0x1a0 | 0x1a1 => 0x1a1,
        0x1af | 0x1b0 => 0x1b0,
        _ => return None,
    };
    char::from_u32(lower)
}

/// `char::is_uppercase`, the Vietnamese letters without the table lookup.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match fast_lower(c) {
        Some(lower) => lower != c,
        None => c.is_uppercase(),
    }
}

/// `char::is_lowercase`, the Vietnamese letters without the table lookup.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match fast_lower(c) {
        Some(lower) if c != '÷' => lower == c,
        _ => c.is_lowercase(),
    }
}

/// `word` in lower case, borrowed when it already is (most words): ASCII
/// lower case and chars with the Lowercase property map to themselves.
pub fn lower(word: &str) -> Cow<'_, str> {
    let unchanged = word.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            is_lower(c)
        }
    });
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// `lower(word) == target` for a lower-case `target`, without building the
/// lower-case copy: most words differ from `target` in their first byte.
pub fn lower_is(word: &str, target: &str) -> bool {
    if let (Some(&w), Some(&t)) = (word.as_bytes().first(), target.as_bytes().first())
        && w.is_ascii()
        && t.is_ascii()
        && w.to_ascii_lowercase() != t
    {
        return false;
    }
    // Char by char: `target` holds no sigma, the one char whose lower case
    // depends on its neighbours, so neither form of it can match.
    let mut target = target.chars();
    for c in word.chars() {
        match fast_lower(c) {
            Some(l) => {
                if target.next() != Some(l) {
                    return false;
                }
            }
            None => {
                for l in c.to_lowercase() {
                    if target.next() != Some(l) {
                        return false;
                    }
                }
            }
        }
    }
    target.next().is_none()
}

/// Case-insensitive equality of a word with an already lowercase `lower`,
/// without allocating. Vietnamese capitals and their small letters have the
/// same UTF-8 length, so a length mismatch rejects at once (this is the hot
/// path: every word is compared with the honorifics).
#[inline]
pub fn eq_lower(word: &str, lower: &str) -> bool {
    if word.len() != lower.len() {
        return false;
    }
    // Byte by byte while the bytes are ASCII or equal (most words differ at
    // their first byte); a differing non-ASCII byte goes to the char
    // comparison. Equal non-ASCII bytes are equal letters of `lower`, which
    // is lowercase, so they agree with the char comparison too.
    for (i, (&a, &b)) in word.as_bytes().iter().zip(lower.as_bytes()).enumerate() {
        if a < 0x80 {
            if a.to_ascii_lowercase() != b {
                return false;
            }
        } else if a != b {
            // The chars before this one matched: compare from its start.
            let mut k = i;
            while word.as_bytes()[k] & 0xc0 == 0x80 {
                k -= 1;
            }
            return eq_lower_chars(&word[k..], &lower[k..]);
        }
    }
    true
}

/// [`eq_lower`] char by char.
fn eq_lower_chars(word: &str, lower: &str) -> bool {
    let mut l = lower.chars();
    for c in word.chars() {
        let Some(lc) = fast_lower(c) else {
            return word.chars().flat_map(char::to_lowercase).eq(lower.chars());
        };
        if l.next() != Some(lc) {
            return false;
        }
    }
    l.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_case_agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn fast_lower_agrees_with_std() {
        for c in (0..=0x2fff).filter_map(char::from_u32) {
            if let Some(l) = fast_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn lowercase_shortcut_agrees() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
        // What lower() and the award reader rely on: lower case maps to itself.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if c.is_lowercase() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    #[test]
    fn lower_is_to_lowercase() {
        for w in [
            "năm", "Năm", "ĐIỂM", "UBND", "tỷ", "Σ", "ǅ", "…", "1,5%", "",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_is_compares_the_lower_case(
            word in "(c|C|ó|Ó|t|T|h|H|à|À|n|N|v|V|đ|Đ|ế|Ế|ă|Ă|o|K|\u{212a}|İ|Σ|σ|ς|1|%){0,6}",
            target in "(có|thành|hoàn|và|đến|năm|ki̇|k|trong đó|)",
        ) {
            proptest::prop_assert_eq!(lower_is(&word, &target), lower(&word) == target);
        }
    }

    #[test]
    fn lower_is_on_real_words() {
        for w in [
            "có", "Có", "CÓ", "cò", "cá", "thành", "THÀNH", "Thành", "và", "Và", "VÀ",
        ] {
            for t in ["có", "thành", "và", "đến", "năm"] {
                assert_eq!(lower_is(w, t), lower(w) == t, "{w:?} {t:?}");
            }
        }
    }

    #[test]
    fn eq_lower_ignores_case_only() {
        assert!(eq_lower("Đồng", "đồng"));
        assert!(eq_lower("ĐỒNG", "đồng"));
        assert!(eq_lower("ông", "ông"));
        assert!(!eq_lower("Ông", "ong"));
        assert!(!eq_lower("bà", "ba"));
        assert!(!eq_lower("Xa", "ba"));
    }
}
