//! HTML character references: "Nguyễn Xu&acirc;n Thanh", "Chi&#7871;n s&#297;",
//! "&nbsp;", "TN&amp;MT".
//!
//! Saved portal pages and crawler dumps keep the character references of
//! their HTML. [`unescape`] decodes them once, as a browser shows the page
//! ("&amp;aacute;" becomes "&aacute;", not "á"):
//!
//! - Numeric references, decimal `&#7871;` or hexadecimal `&#x1EBF;` /
//!   `&#X1EBF;`, with or without the closing ";" (HTML reads both). As in
//!   HTML, `&#0;`, surrogates (`&#xD800;`) and code points above U+10FFFF
//!   become U+FFFD, and 128..=159 are read as Windows-1252 (`&#147;` "“",
//!   `&#150;` "–"), which is what pages typed on Windows meant. Other control
//!   characters pass through; the normalizer turns them into spaces. "&#"
//!   without a digit is left as written.
//! - A line end given as a reference (`&#10;`, `&#13;`, `&NewLine;`) reads
//!   as a space: the lines stay the lines of the file, which page chrome is
//!   told by, and in running HTML text a line end is a space anyway.
//! - Named references from [`NAMES`]: the 252 names of HTML 4 (every Latin-1
//!   letter with accents, `&nbsp;` `&amp;` `&lt;` `&gt;` `&quot;` `&ndash;`
//!   `&mdash;` `&hellip;`, the quotes, `&laquo;` `&raquo;` `&deg;` `&times;`
//!   `&middot;` `&bull;`, Greek letters, arrows, maths) with their HTML5
//!   values, `&apos;`, and the HTML5 names of the other Vietnamese letters
//!   (`&abreve;` `&dstrok;` `&itilde;` `&utilde;` and capitals), of ASCII
//!   punctuation (`&percnt;` `&comma;` `&sol;` …) and of a few spaces and
//!   dashes. Names are case-sensitive and need the ";", except the legacy
//!   lower-case `&amp` `&lt` `&gt` `&quot` `&nbsp` `&copy` `&reg`, which pages
//!   also write without it: those are decoded when the name is not followed
//!   by a letter, a digit or "=" ("&nbsp Theo", not "&amp=2" in a link).
//!   HTML goes further (capital `&GT` without ";", every Latin-1 name without
//!   ";", even as a prefix: "&notit" reads "¬it"); in Vietnamese text "&"
//!   joins capital abbreviations ("TN&MT", "NN&PTNT", "XD&GT"), so those stay
//!   as written.
//! - Anything else ("&MT", "&title=", "&foo;", "AT&T") is left as written.
//!
//! Cost: one `memchr` pass for "&"; text where no reference decodes comes
//! back borrowed, untouched. Each "&" looks at most [`LONGEST`] + 1 bytes
//! ahead for a name, and digits are read once, so the work is linear.

use std::borrow::Cow;

/// `text` with its character references decoded; borrowed when none is.
pub fn unescape(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    // `text[..copied]` is in `out` already.
    let mut copied = 0;
    // A reference holds no "&" after its first byte, so every "&" found
    // lies at or after `copied`.
    for at in memchr::memchr_iter(b'&', bytes) {
        let Some((c, len)) = reference(&bytes[at..]) else {
            continue;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..at]);
        out.push(c);
        copied = at + len;
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
    }
}

/// Like [`unescape`], taking the text by value: it comes back without a copy
/// when no reference decodes.
pub fn unescape_owned(text: String) -> String {
    let decoded = match unescape(&text) {
        Cow::Owned(decoded) => Some(decoded),
        Cow::Borrowed(_) => None,
    };
    decoded.unwrap_or(text)
}

/// The character of the reference that `rest` (starting with "&") starts
/// with, and the reference's length in bytes.
fn reference(rest: &[u8]) -> Option<(char, usize)> {
    let (c, len) = match rest.get(1)? {
        b'#' => numeric(rest)?,
        _ => named(rest)?,
    };
    // A reference does not end a line: lines stay the lines of the file
    // (page chrome is told line by line), and in running HTML text a line
    // end is a space anyway.
    Some((if matches!(c, '\n' | '\r') { ' ' } else { c }, len))
}

/// "&#7871;", "&#x1EBF;", "&#39" (";" optional).
fn numeric(rest: &[u8]) -> Option<(char, usize)> {
    let (radix, start) = match rest.get(2) {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let digits = rest.get(start..)?;
    let count = digits
        .iter()
        .take_while(|&&b| char::from(b).is_digit(radix))
        .count();
    if count == 0 {
        return None;
    }
    // Saturates: every overlong number is past U+10FFFF.
    let value = digits[..count].iter().fold(0u32, |value, &b| {
        let digit = char::from(b).to_digit(radix).unwrap_or(0);
        value.saturating_mul(radix).saturating_add(digit)
    });
    let len = start + count + usize::from(rest.get(start + count) == Some(&b';'));
    Some((numeric_char(value), len))
}

/// The character a numeric reference stands for in HTML.
fn numeric_char(value: u32) -> char {
    match value {
        0 => char::REPLACEMENT_CHARACTER,
        0x80..=0x9F => super::mojibake::cp1252_char(value as u8),
        // Surrogates and values past U+10FFFF.
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// "&acirc;", and the legacy names without ";" ("&nbsp ").
fn named(rest: &[u8]) -> Option<(char, usize)> {
    let len = rest[1..]
        .iter()
        .take(LONGEST + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if len == 0 || len > LONGEST {
        return None;
    }
    let name = &rest[1..1 + len];
    match rest.get(1 + len) {
        Some(b';') => NAMES
            .binary_search_by(|(n, _)| n.as_bytes().cmp(name))
            .ok()
            .map(|i| (NAMES[i].1, len + 2)),
        Some(b'=') => None,
        _ => WITHOUT_SEMICOLON
            .iter()
            .find(|(n, _)| n.as_bytes() == name)
            .map(|&(_, c)| (c, len + 1)),
    }
}

/// Legacy names decoded without their ";".
const WITHOUT_SEMICOLON: [(&str, char); 7] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("nbsp", '\u{A0}'),
    ("copy", '©'),
    ("reg", '®'),
];

/// The longest name in [`NAMES`].
const LONGEST: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < NAMES.len() {
        if NAMES[i].0.len() > longest {
            longest = NAMES[i].0.len();
        }
        i += 1;
    }
    longest
};

/// Named references and their characters (HTML5 values), sorted by name in
/// byte order for binary search.
pub const NAMES: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("AMP", '&'),
    ("Aacute", 'Á'),
    ("Abreve", 'Ă'),
    ("Acirc", 'Â'),
    ("Agrave", 'À'),
    ("Alpha", 'Α'),
    ("Aring", 'Å'),
    ("Atilde", 'Ã'),
    ("Auml", 'Ä'),
    ("Beta", 'Β'),
    ("COPY", '©'),
    ("Ccedil", 'Ç'),
    ("Chi", 'Χ'),
    ("Dagger", '‡'),
    ("Delta", 'Δ'),
    ("Dstrok", 'Đ'),
    ("ETH", 'Ð'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Egrave", 'È'),
    ("Epsilon", 'Ε'),
    ("Eta", 'Η'),
    ("Euml", 'Ë'),
    ("GT", '>'),
    ("Gamma", 'Γ'),
    ("Hat", '^'),
    ("Iacute", 'Í'),
    ("Icirc", 'Î'),
    ("Igrave", 'Ì'),
    ("Iota", 'Ι'),
    ("Itilde", 'Ĩ'),
    ("Iuml", 'Ï'),
    ("Kappa", 'Κ'),
    ("LT", '<'),
    ("Lambda", 'Λ'),
    ("Mu", 'Μ'),
    ("NewLine", '\u{A}'),
    ("NonBreakingSpace", '\u{A0}'),
    ("Ntilde", 'Ñ'),
    ("Nu", 'Ν'),
    ("OElig", 'Œ'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Ograve", 'Ò'),
    ("Omega", 'Ω'),
    ("Omicron", 'Ο'),
    ("Oslash", 'Ø'),
    ("Otilde", 'Õ'),
    ("Ouml", 'Ö'),
    ("Phi", 'Φ'),
    ("Pi", 'Π'),
    ("Prime", '″'),
    ("Psi", 'Ψ'),
    ("QUOT", '"'),
    ("REG", '®'),
    ("Rho", 'Ρ'),
    ("Scaron", 'Š'),
    ("Sigma", 'Σ'),
    ("THORN", 'Þ'),
    ("Tab", '\u{9}'),
    ("Tau", 'Τ'),
    ("Theta", 'Θ'),
    ("Uacute", 'Ú'),
    ("Ucirc", 'Û'),
    ("Ugrave", 'Ù'),
    ("Upsilon", 'Υ'),
    ("Utilde", 'Ũ'),
    ("Uuml", 'Ü'),
    ("Xi", 'Ξ'),
    ("Yacute", 'Ý'),
    ("Yuml", 'Ÿ'),
    ("ZeroWidthSpace", '\u{200B}'),
    ("Zeta", 'Ζ'),
    ("aacute", 'á'),
    ("abreve", 'ă'),
    ("acirc", 'â'),
    ("acute", '´'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("alefsym", 'ℵ'),
    ("alpha", 'α'),
    ("amp", '&'),
    ("and", '∧'),
    ("ang", '∠'),
    ("apos", '\''),
    ("aring", 'å'),
    ("ast", '*'),
    ("asymp", '≈'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("beta", 'β'),
    ("brvbar", '¦'),
    ("bsol", '\\'),
    ("bull", '•'),
    ("bullet", '•'),
    ("cap", '∩'),
    ("ccedil", 'ç'),
    ("cedil", '¸'),
    ("cent", '¢'),
    ("centerdot", '·'),
    ("chi", 'χ'),
    ("circ", 'ˆ'),
    ("clubs", '♣'),
    ("colon", ':'),
    ("comma", ','),
    ("commat", '@'),
    ("cong", '≅'),
    ("copy", '©'),
    ("crarr", '↵'),
    ("cup", '∪'),
    ("curren", '¤'),
    ("dArr", '⇓'),
    ("dagger", '†'),
    ("darr", '↓'),
    ("dash", '‐'),
    ("deg", '°'),
    ("delta", 'δ'),
    ("diams", '♦'),
    ("divide", '÷'),
    ("dollar", '$'),
    ("dstrok", 'đ'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("empty", '∅'),
    ("emsp", '\u{2003}'),
    ("ensp", '\u{2002}'),
    ("epsilon", 'ε'),
    ("equals", '='),
    ("equiv", '≡'),
    ("eta", 'η'),
    ("eth", 'ð'),
    ("euml", 'ë'),
    ("euro", '€'),
    ("excl", '!'),
    ("exist", '∃'),
    ("fnof", 'ƒ'),
    ("forall", '∀'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("frasl", '⁄'),
    ("gamma", 'γ'),
    ("ge", '≥'),
    ("grave", '`'),
    ("gt", '>'),
    ("hArr", '⇔'),
    ("half", '½'),
    ("harr", '↔'),
    ("hearts", '♥'),
    ("hellip", '…'),
    ("horbar", '―'),
    ("hyphen", '‐'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iexcl", '¡'),
    ("igrave", 'ì'),
    ("image", 'ℑ'),
    ("infin", '∞'),
    ("int", '∫'),
    ("iota", 'ι'),
    ("iquest", '¿'),
    ("isin", '∈'),
    ("itilde", 'ĩ'),
    ("iuml", 'ï'),
    ("kappa", 'κ'),
    ("lArr", '⇐'),
    ("lambda", 'λ'),
    ("lang", '⟨'),
    ("laquo", '«'),
    ("larr", '←'),
    ("lbrace", '{'),
    ("lbrack", '['),
    ("lceil", '⌈'),
    ("lcub", '{'),
    ("ldquo", '“'),
    ("le", '≤'),
    ("lfloor", '⌊'),
    ("lowast", '∗'),
    ("lowbar", '_'),
    ("loz", '◊'),
    ("lpar", '('),
    ("lrm", '\u{200E}'),
    ("lsaquo", '‹'),
    ("lsqb", '['),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("macr", '¯'),
    ("mdash", '—'),
    ("micro", 'µ'),
    ("middot", '·'),
    ("minus", '−'),
    ("mldr", '…'),
    ("mu", 'μ'),
    ("nabla", '∇'),
    ("nbsp", '\u{A0}'),
    ("ndash", '–'),
    ("ne", '≠'),
    ("ni", '∋'),
    ("not", '¬'),
    ("notin", '∉'),
    ("nsub", '⊄'),
    ("ntilde", 'ñ'),
    ("nu", 'ν'),
    ("num", '#'),
    ("numero", '№'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("oelig", 'œ'),
    ("ograve", 'ò'),
    ("oline", '‾'),
    ("omega", 'ω'),
    ("omicron", 'ο'),
    ("oplus", '⊕'),
    ("or", '∨'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("oslash", 'ø'),
    ("otilde", 'õ'),
    ("otimes", '⊗'),
    ("ouml", 'ö'),
    ("para", '¶'),
    ("part", '∂'),
    ("percnt", '%'),
    ("period", '.'),
    ("permil", '‰'),
    ("perp", '⊥'),
    ("phi", 'φ'),
    ("pi", 'π'),
    ("piv", 'ϖ'),
    ("plus", '+'),
    ("plusmn", '±'),
    ("pound", '£'),
    ("prime", '′'),
    ("prod", '∏'),
    ("prop", '∝'),
    ("psi", 'ψ'),
    ("quest", '?'),
    ("quot", '"'),
    ("rArr", '⇒'),
    ("radic", '√'),
    ("rang", '⟩'),
    ("raquo", '»'),
    ("rarr", '→'),
    ("rbrace", '}'),
    ("rbrack", ']'),
    ("rceil", '⌉'),
    ("rcub", '}'),
    ("rdquo", '”'),
    ("real", 'ℜ'),
    ("reg", '®'),
    ("rfloor", '⌋'),
    ("rho", 'ρ'),
    ("rlm", '\u{200F}'),
    ("rpar", ')'),
    ("rsaquo", '›'),
    ("rsqb", ']'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("scaron", 'š'),
    ("sdot", '⋅'),
    ("sect", '§'),
    ("semi", ';'),
    ("shy", '\u{AD}'),
    ("sigma", 'σ'),
    ("sigmaf", 'ς'),
    ("sim", '∼'),
    ("sol", '/'),
    ("spades", '♠'),
    ("sub", '⊂'),
    ("sube", '⊆'),
    ("sum", '∑'),
    ("sup", '⊃'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("supe", '⊇'),
    ("szlig", 'ß'),
    ("tau", 'τ'),
    ("there4", '∴'),
    ("theta", 'θ'),
    ("thetasym", 'ϑ'),
    ("thinsp", '\u{2009}'),
    ("thorn", 'þ'),
    ("tilde", '˜'),
    ("times", '×'),
    ("trade", '™'),
    ("uArr", '⇑'),
    ("uacute", 'ú'),
    ("uarr", '↑'),
    ("ucirc", 'û'),
    ("ugrave", 'ù'),
    ("uml", '¨'),
    ("upsih", 'ϒ'),
    ("upsilon", 'υ'),
    ("utilde", 'ũ'),
    ("uuml", 'ü'),
    ("verbar", '|'),
    ("vert", '|'),
    ("weierp", '℘'),
    ("xi", 'ξ'),
    ("yacute", 'ý'),
    ("yen", '¥'),
    ("yuml", 'ÿ'),
    ("zeta", 'ζ'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// (as written in a saved page, as shown by a browser).
    const EXAMPLES: &[(&str, &str)] = &[
        // named, Latin-1 letters
        ("Nguyễn Xu&acirc;n Thanh", "Nguyễn Xuân Thanh"),
        (
            "Đồng ch&iacute; Nguyễn Xu&acirc;n Thanh &ndash; Chủ tịch UBND huyện Đắk Song",
            "Đồng chí Nguyễn Xuân Thanh – Chủ tịch UBND huyện Đắk Song",
        ),
        (
            "C&ocirc;ng an c&aacute;c x&atilde;, thị trấn",
            "Công an các xã, thị trấn",
        ),
        ("gia đ&igrave;nh anh", "gia đình anh"),
        (
            "2.317 h&eacute;c ta C&agrave; ph&ecirc;",
            "2.317 héc ta Cà phê",
        ),
        (
            "tiến độ điều tra c&aacute;c vụ &aacute;n",
            "tiến độ điều tra các vụ án",
        ),
        ("CH&Uacute;NG T&Ocirc;I", "CHÚNG TÔI"),
        ("&Ocirc;NG", "ÔNG"),
        // HTML5 names of the other Vietnamese letters
        ("&Dstrok;&abreve;k N&ocirc;ng", "Đăk Nông"),
        ("&dstrok;ồng ch&iacute;", "đồng chí"),
        ("k&itilde; thuật, c&utilde;ng", "kĩ thuật, cũng"),
        // numeric, decimal and hexadecimal
        ("Chi&#7871;n s&#297; thi đua", "Chiến sĩ thi đua"),
        ("Chi&#x1EBF;n s&#x129;", "Chiến sĩ"),
        ("Chi&#X1EBF;n", "Chiến"),
        ("Chi&#7871n s&#297 thi đua", "Chiến sĩ thi đua"),
        ("&#8203;&#8203;Trang chủ", "\u{200B}\u{200B}Trang chủ"),
        // Windows-1252 numbers
        ("&#147;Vùng đất chết&#148;", "“Vùng đất chết”"),
        ("2016 &#150; 2020", "2016 – 2020"),
        ("&#129;", "\u{81}"),
        // punctuation and spaces
        ("Sở TN&amp;MT", "Sở TN&MT"),
        ("&quot;Vùng đất chết&quot;", "\"Vùng đất chết\""),
        ("Hội nghị&nbsp;tổng kết", "Hội nghị\u{A0}tổng kết"),
        ("&laquo;Dân vận khéo&raquo;", "«Dân vận khéo»"),
        ("đạt 95&percnt;", "đạt 95%"),
        ("&lsquo;Vùng đất chết&rsquo;", "‘Vùng đất chết’"),
        ("&ldquo;Vùng đất chết&rdquo;", "“Vùng đất chết”"),
        ("Đắk Song &mdash; Đắk Nông", "Đắk Song — Đắk Nông"),
        ("hồi sinh&hellip;", "hồi sinh…"),
        ("25&deg;C", "25°C"),
        ("3 &times; 4", "3 × 4"),
        (
            "Trang chủ &middot; Tin tức &bull; Liên hệ",
            "Trang chủ · Tin tức • Liên hệ",
        ),
        ("&lt;p&gt;", "<p>"),
        ("onclick=&#39;a&#39;", "onclick='a'"),
        ("&apos;a&apos;", "'a'"),
        // legacy names without ";"
        ("TN&amp MT", "TN& MT"),
        ("&nbsp Theo số liệu", "\u{A0} Theo số liệu"),
        ("&copy 2019 Thanh tra tỉnh", "© 2019 Thanh tra tỉnh"),
        // decoded once, as a browser does
        ("c&amp;aacute;c", "c&aacute;c"),
        ("&amp;nbsp; Theo", "&nbsp; Theo"),
        // invalid numbers, as HTML reads them
        ("&#0;", "\u{FFFD}"),
        ("&#xD800;", "\u{FFFD}"),
        ("&#x110000;", "\u{FFFD}"),
        ("&#99999999999999999999;", "\u{FFFD}"),
        ("&#x10FFFF;", "\u{10FFFF}"),
        // a line end given as a reference does not end the line
        ("Hội nghị&#13;&#10;tổng kết", "Hội nghị  tổng kết"),
        ("Hội nghị&NewLine;tổng kết", "Hội nghị tổng kết"),
        ("&#9;", "\t"),
    ];

    /// Written with "&" but no reference: left as written, not copied.
    const LEFT_AS_WRITTEN: &[&str] = &[
        "Sở TN&MT",
        "Bộ NN&PTNT",
        "Sở LĐTB&XH",
        "Sở GD&ĐT",
        "Sở KH&CN",
        "Phòng CCHC&VTLT, Sở Nội vụ",
        "Sở XD&GT",
        "Sở GT&VT",
        "AT&T, R&D",
        "&#",
        "Xu&acircn",
        "Xu&acirc n",
        "&AMP &LT &GT",
        "&ampx &notit; &foo;",
        "?CategoryId=1&PublishedDate=2019",
        "?a=1&amp=2",
        "'&t=' + title",
        "&#; &#x; &#xZZ; &#-1;",
        "&",
        "a & b",
        "abc&",
        "&;",
        "&CounterClockwiseContourIntegralX;",
    ];

    #[test]
    fn examples() {
        for (written, shown) in EXAMPLES {
            assert_eq!(unescape(written), *shown, "{written:?}");
            assert_eq!(unescape_owned(written.to_string()), *shown, "{written:?}");
        }
    }

    #[test]
    fn left_as_written() {
        for written in LEFT_AS_WRITTEN {
            let text = unescape(written);
            assert!(matches!(text, Cow::Borrowed(_)), "{written:?} → {text:?}");
            assert_eq!(text, *written);
        }
        let text = "Nguyễn Xuân Thanh".to_string();
        let pointer = text.as_ptr();
        let same = unescape_owned(text);
        assert_eq!(same.as_ptr(), pointer, "no copy");
    }

    /// Every name in the table decodes, with ";" and only with it unless it is legacy.
    #[test]
    fn every_name_decodes() {
        assert!(NAMES.windows(2).all(|w| w[0].0 < w[1].0), "sorted, unique");
        assert_eq!(LONGEST, "NonBreakingSpace".len());
        for &(name, c) in NAMES {
            let c = if c == '\n' { ' ' } else { c };
            assert_eq!(unescape(&format!("x&{name};y")), format!("x{c}y"), "{name}");
            let legacy = WITHOUT_SEMICOLON.iter().any(|&(n, _)| n == name);
            let bare = format!("x&{name} y");
            let expected = if legacy {
                format!("x{c} y")
            } else {
                bare.clone()
            };
            assert_eq!(unescape(&bare), expected, "{name}");
        }
        for &(name, c) in &WITHOUT_SEMICOLON {
            assert!(NAMES.contains(&(name, c)), "{name}");
        }
    }

    /// Long runs of "&", of digits and of letters stay linear.
    #[test]
    fn long_runs() {
        let ampersands = "&".repeat(200_000);
        assert_eq!(unescape(&ampersands), ampersands);
        let digits = format!("&#{}", "9".repeat(200_000));
        assert_eq!(unescape(&digits), "\u{FFFD}");
        let letters = "&a".repeat(100_000);
        assert_eq!(unescape(&letters), letters);
        let references = "&#7871;".repeat(100_000);
        assert_eq!(unescape(&references), "ế".repeat(100_000));
    }
}
