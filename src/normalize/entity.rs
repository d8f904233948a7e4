//! HTML character references left in a page's text: "c&aacute;c",
//! "Xu&acirc;n", "&#7897;", "&nbsp;".
//!
//! Pages saved from a content system often keep the article escaped, a
//! reference for every accented letter, so no word with one reads as a word
//! ("c&aacute; nh&acirc;n" is "cá nhân"). Each reference becomes the
//! character it stands for, once (so "&amp;aacute;" gives "&aacute;"):
//! decimal and hexadecimal references, and the named ones of the letters
//! Vietnamese takes from Latin-1 and of common punctuation. A reference
//! must end with ";"; any other "&" is left as written. A control character
//! or a line end given as a reference becomes a space, so lines stay lines.

use std::borrow::Cow;

/// Named references: the Latin-1 letters, spaces and punctuation.
const NAMED: &[(&str, char)] = &[
    ("nbsp", '\u{A0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("deg", '°'),
    ("copy", '©'),
    ("reg", '®'),
    ("times", '×'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Yacute", 'Ý'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
];

/// The longest reference read, "&#x10FFFF;" and "&hellip;" included.
const MAX_LEN: usize = 10;

/// `line` with its character references replaced, borrowed when it has none.
pub(crate) fn unescape(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    for at in memchr::memchr_iter(b'&', bytes) {
        if at < copied {
            continue;
        }
        let Some((c, len)) = reference_at(&bytes[at..]) else {
            continue;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(line.len()));
        out.push_str(&line[copied..at]);
        out.push(if c.is_control() { ' ' } else { c });
        copied = at + len;
    }
    match out {
        Some(mut out) => {
            out.push_str(&line[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(line),
    }
}

/// The character of the reference at the start of `b` ("&…;") and its length.
fn reference_at(b: &[u8]) -> Option<(char, usize)> {
    let end = b.iter().take(MAX_LEN + 1).position(|&c| c == b';')?;
    let body = std::str::from_utf8(&b[1..end]).ok()?;
    let c = if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) if hex.bytes().all(|c| c.is_ascii_hexdigit()) => {
                u32::from_str_radix(hex, 16).ok()?
            }
            _ if number.bytes().all(|c| c.is_ascii_digit()) => number.parse().ok()?,
            _ => return None,
        };
        char::from_u32(code).filter(|&c| c != '\0')?
    } else {
        NAMED.iter().find(|(name, _)| *name == body)?.1
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line as written, line as read).
    const EXAMPLES: &[(&str, &str)] = &[
        (
            "6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng, 50 c&aacute;n bộ chiến sỹ ti&ecirc;n tiến",
            "6 tập thể đạt danh hiệu đơn vị thi đua quyết thắng, 50 cán bộ chiến sỹ tiên tiến",
        ),
        (
            "Đồng ch&iacute; Nguyễn Xu&acirc;n Thanh &ndash; Chủ tịch UBND huyện",
            "Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện",
        ),
        ("H&#7897;i ngh&#x1ECB;", "Hội nghị"),
        ("Nh&Acirc;N D&Acirc;N", "NhÂN DÂN"),
        ("a&nbsp;b", "a\u{A0}b"),
        ("&amp;aacute;", "&aacute;"),
        ("x&#10;y", "x y"),
        // not references: left as written
        ("?ListId=%7B96&amp;P=1&Q=2", "?ListId=%7B96&P=1&Q=2"),
        ("R&D và M&A", "R&D và M&A"),
        (
            "&unknown; &#; &#x; &#0; &#xD800; &#99999999;",
            "&unknown; &#; &#x; &#0; &#xD800; &#99999999;",
        ),
        ("&aacute", "&aacute"),
        ("&", "&"),
        ("ể&ể;", "ể&ể;"),
    ];

    #[test]
    fn examples() {
        for (line, expected) in EXAMPLES {
            assert_eq!(unescape(line), *expected, "{line:?}");
        }
        assert!(matches!(unescape("Hội nghị & R&D"), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        /// Any line survives, and one without a reference comes back as it is.
        #[test]
        fn never_panics(line in "(&|;|#|x|[0-9]|a|acute|amp|ể|ấ| ){0,30}") {
            let out = unescape(&line);
            if !line.contains(';') {
                proptest::prop_assert_eq!(out.as_ref(), line.as_str());
            }
        }
    }
}
