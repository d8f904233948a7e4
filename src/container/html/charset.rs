//! The charset a page declares, and the page decoded by it.
//!
//! The declaration is found as browsers prescan for it: the first `<meta>`
//! tag in the first [`PRESCAN`] bytes with a `charset` (`<meta
//! charset="windows-1258">`, or `http-equiv` Content-Type's `content="text/
//! html; charset=utf-8"`). Browsers look at 1 KiB; saved portal pages put
//! kilobytes of script before their meta tags, hence more here. Labels are
//! read as encoding_rs reads them (the WHATWG list: "latin1" is
//! windows-1252, "utf8" UTF-8), and a page declaring UTF-16 is UTF-8, as the
//! HTML standard says: text that is really UTF-16 has a byte-order mark,
//! which wins anyway.

use encoding_rs::Encoding;
use memchr::memchr_iter;

/// How far into the page to look for a declared charset.
const PRESCAN: usize = 16 * 1024;

/// The encoding the page's `<meta>` declares, if one does and encoding_rs
/// knows its label.
pub(super) fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    memchr_iter(b'<', head).find_map(|at| {
        let tag = &head[at + 1..];
        if !tag.get(..4)?.eq_ignore_ascii_case(b"meta") {
            return None;
        }
        let end = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        charset_in(&tag[4..end])
    })
}

/// The encoding named by a `charset=` in a meta tag's attributes.
fn charset_in(attributes: &[u8]) -> Option<&'static Encoding> {
    let lower = attributes.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset")?;
    let rest = lower[at + b"charset".len()..].trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..end])?;
    Some(
        if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            encoding
        },
    )
}

/// `bytes` decoded as `encoding` (a byte-order mark wins), with the name
/// of the encoding used, lower case as the decode module names encodings;
/// `None` when the page has bytes that are not in that encoding: then the
/// declaration is wrong and detection is a better guess.
pub(super) fn decode(bytes: &[u8], encoding: &'static Encoding) -> Option<(String, String)> {
    let (text, used, malformed) = encoding.decode(bytes);
    if malformed {
        return None;
    }
    let name = used.name().to_ascii_lowercase();
    // Windows-1258 spells tones as combining marks: composed here, as the
    // decode module does for its legacy readings.
    let text = if used == encoding_rs::WINDOWS_1258 {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
    } else {
        text.into_owned()
    };
    Some((text, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_in_either_form() {
        let cases: [(&[u8], Option<&str>); 7] = [
            (
                b"<html><head><meta charset=\"windows-1258\">",
                Some("windows-1258"),
            ),
            (b"<META CHARSET=UTF-8>", Some("UTF-8")),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>",
                Some("windows-1252"),
            ),
            (b"<meta charset='utf-16'>", Some("UTF-8")),
            (b"<meta name=\"description\" content=\"charset\">", None),
            (b"<meta charset=\"klingon\">", None),
            (b"<p>charset=utf-8</p>", None),
        ];
        for (page, want) in cases {
            assert_eq!(declared(page).map(Encoding::name), want, "{page:?}");
        }
    }

    #[test]
    fn the_first_meta_with_a_charset_is_the_declaration() {
        let page = b"<meta name=x content=y><meta charset=windows-1258><meta charset=utf-8>";
        assert_eq!(declared(page), Some(encoding_rs::WINDOWS_1258));
    }

    #[test]
    fn windows_1258_tones_are_composed() {
        // "Hội nghị" in Windows-1258: ộ is ô (0xF4) + dot below (0xF2), ị is i + 0xF2.
        let (text, name) = decode(b"H\xF4\xF2i ngh\x69\xF2", encoding_rs::WINDOWS_1258).unwrap();
        assert_eq!(text, "Hội nghị");
        assert_eq!(name, "windows-1258");
    }

    #[test]
    fn bytes_outside_the_declared_encoding_refuse_it() {
        assert_eq!(decode(b"H\xF4i", encoding_rs::UTF_8), None);
    }
}
