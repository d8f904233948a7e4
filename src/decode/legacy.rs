//! The legacy Vietnamese encodings: Windows-1258, TCVN3 and VNI, with
//! Windows-1252 for Western text, each read into NFC text.
//!
//! The score that tells which reading of unlabelled bytes looks Vietnamese
//! (detection step 7 in [`super`]) lives here too, not beside the detection
//! flow: it judges only these readings and splits words as
//! [`tcvn3_capitals`] does.

use unicode_normalization::UnicodeNormalization;

use super::mojibake::cp1252_char;

pub(super) fn windows_1252(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    text.into_owned()
}

pub(super) fn windows_1258(bytes: &[u8]) -> String {
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    text.nfc().collect()
}

/// TCVN3 (TCVN 5712:1993, the "ABC" fonts such as .VnTime) bytes 0x80..=0xFF.
/// 0xB0..=0xB4 are the five tone marks as combining characters. The capitals
/// at 0x80..=0x9F and among the small letters are the VN1 extension; plain
/// ABC fonts write capitals with the small letters' codes in a capitals font
/// (.VnTimeH), which [`tcvn3_capitals`] undoes.
const TCVN3_HIGH: [char; 128] = [
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', 'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 0x80
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', 'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 0x90
    '\u{A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
    'Ằ', // 0xA0
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ',
    'ẵ', 'ắ', 'Ẵ', // 0xB0
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC0
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD0
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE0
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF0
];

/// TCVN3 capitals in the C0 range (VN1): byte, letter.
const TCVN3_LOW: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

pub(super) fn tcvn3(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        let c = match b {
            0x80..=0xFF => TCVN3_HIGH[usize::from(b - 0x80)],
            _ => TCVN3_LOW
                .iter()
                .find(|(low, _)| *low == b)
                .map_or(char::from(b), |&(_, c)| c),
        };
        text.push(c);
    }
    let composed: String = text.nfc().collect();
    tcvn3_capitals(&composed)
}

/// Text typed in a TCVN3 capitals font (.VnTimeH) stores "HỘI NGHỊ" as the
/// codes of "Hội NGHị". A word with small Vietnamese letters whose ASCII
/// letters are all capitals (at least two of them) is a capitals word, and so
/// is such a word with a single ASCII capital beside a capitals word
/// ("HỒ CHÍ"); their small letters are made capitals. Title-case words ("Hồ",
/// "Lê", "Kỳ" beside "XVI") are left alone.
fn tcvn3_capitals(text: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Caps {
        No,
        Weak,
        Strong,
    }
    let words: Vec<(usize, usize)> = word_spans(text);
    let caps: Vec<Caps> = words
        .iter()
        .map(|&(s, e)| {
            let word = &text[s..e];
            let upper = word.bytes().filter(u8::is_ascii_uppercase).count();
            let lower = word.bytes().filter(u8::is_ascii_lowercase).count();
            let small_vietnamese = word.chars().any(|c| !c.is_ascii() && c.is_lowercase());
            // Only a word that mixes ASCII capitals with small Vietnamese
            // letters shows the capitals font; "XVI" or "UBND" do not.
            match (lower, upper, small_vietnamese) {
                (0, 2.., true) => Caps::Strong,
                (0, 1, true) => Caps::Weak,
                _ => Caps::No,
            }
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (i, &(s, e)) in words.iter().enumerate() {
        let near_strong = (i > 0 && caps[i - 1] == Caps::Strong)
            || caps.get(i + 1).is_some_and(|&c| c == Caps::Strong);
        let make_upper = match caps[i] {
            Caps::Strong => true,
            Caps::Weak => near_strong,
            Caps::No => false,
        };
        if make_upper && text[s..e].chars().any(char::is_lowercase) {
            out.push_str(&text[copied..s]);
            out.extend(text[s..e].chars().flat_map(char::to_uppercase));
            copied = e;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Byte spans of the alphabetic words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// VNI (VNI-Windows fonts): a letter is an ASCII base letter followed by a
/// mark byte, or one of a few single bytes. Mark bytes, small and capital:
/// tones ù ø û õ ï (acute, grave, hook, tilde, dot); after a/e/o the
/// circumflex â and circumflex+tone á à å ã ä; after a the breve ê and
/// breve+tone é è ú ü ë. Single bytes: ô ơ, ö ư, ñ đ, í í, ì ì, æ ỉ, ó ĩ,
/// ò ị, î ỵ. A mark byte that follows no fitting vowel stays as it is.
pub(super) fn vni(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut last: Option<char> = None;
    for &b in bytes {
        if b < 0x80 {
            text.push(char::from(b));
            last = Some(char::from(b));
            continue;
        }
        let c = cp1252_char(b);
        let lower = c.to_lowercase().next().unwrap_or(c);
        let marks: Option<&[char]> = match lower {
            'ù' => Some(&['\u{301}']),
            'ø' => Some(&['\u{300}']),
            'û' => Some(&['\u{309}']),
            'õ' => Some(&['\u{303}']),
            'ï' => Some(&['\u{323}']),
            'â' => Some(&['\u{302}']),
            'á' => Some(&['\u{302}', '\u{301}']),
            'à' => Some(&['\u{302}', '\u{300}']),
            'å' => Some(&['\u{302}', '\u{309}']),
            'ã' => Some(&['\u{302}', '\u{303}']),
            'ä' => Some(&['\u{302}', '\u{323}']),
            'ê' => Some(&['\u{306}']),
            'é' => Some(&['\u{306}', '\u{301}']),
            'è' => Some(&['\u{306}', '\u{300}']),
            'ú' => Some(&['\u{306}', '\u{309}']),
            'ü' => Some(&['\u{306}', '\u{303}']),
            'ë' => Some(&['\u{306}', '\u{323}']),
            _ => None,
        };
        let base = last.map(|l| l.to_ascii_lowercase());
        let fits = match (marks, base) {
            (Some([m, ..]), Some(base)) if *m == '\u{302}' => matches!(base, 'a' | 'e' | 'o'),
            (Some([m, ..]), Some(base)) if *m == '\u{306}' => base == 'a',
            (Some(_), Some(base)) => {
                matches!(
                    base,
                    'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ơ' | 'ư' | 'Ơ' | 'Ư'
                )
            }
            _ => false,
        };
        if let (Some(marks), true) = (marks, fits) {
            text.extend(marks);
            // A letter takes one mark byte; a second one is not a mark.
            last = None;
            continue;
        }
        let upper = c.is_uppercase();
        let single = match lower {
            'ô' => Some(('ơ', 'Ơ')),
            'ö' => Some(('ư', 'Ư')),
            'ñ' => Some(('đ', 'Đ')),
            'í' => Some(('í', 'Í')),
            'ì' => Some(('ì', 'Ì')),
            'æ' => Some(('ỉ', 'Ỉ')),
            'ó' => Some(('ĩ', 'Ĩ')),
            'ò' => Some(('ị', 'Ị')),
            'î' => Some(('ỵ', 'Ỵ')),
            _ => None,
        };
        let out = single.map_or(c, |(small, capital)| if upper { capital } else { small });
        text.push(out);
        last = Some(out);
    }
    text.nfc().collect()
}

// ---------------------------------------------------------------- scoring

/// The first `limit` bytes of `bytes`, cut after a line end or space so that
/// no letter and its mark byte are split.
pub(super) fn sample(bytes: &[u8], limit: usize) -> &[u8] {
    if bytes.len() <= limit {
        return bytes;
    }
    let head = &bytes[..limit];
    match memchr::memrchr2(b'\n', b' ', head) {
        Some(i) => &bytes[..=i],
        None => head,
    }
}

/// How Vietnamese a reading looks.
pub(super) struct Score {
    words: usize,
    letters: usize,
    ascii_letters: usize,
    junk: usize,
}

impl Score {
    pub(super) fn total(&self) -> i64 {
        (self.words * 5 + self.letters) as i64 - 4 * self.junk as i64
    }

    /// Vietnamese has more ASCII letters than accented ones, few stray
    /// symbols, and its frequent words show up in any real paragraph.
    pub(super) fn is_vietnamese(&self) -> bool {
        self.letters > 0
            && self.letters >= 4 * self.junk
            && self.ascii_letters >= self.letters
            && self.words > 0
            && (self.letters < 20 || self.words * 10 >= self.letters)
    }
}

/// Frequent Vietnamese syllables that have a diacritic (so they tell the
/// readings apart).
const FREQUENT_WORDS: &[&str] = &[
    "của", "các", "được", "và", "có", "là", "năm", "những", "người", "đã", "này", "một", "với",
    "không", "tỉnh", "công", "tác", "hành", "chính", "thực", "hiện", "đến", "để", "về", "tại",
    "đồng", "nhân", "dân", "quản", "lý", "cải", "cách", "hội", "nghị", "ngày", "tháng", "cơ",
    "đơn", "vị", "phát", "triển", "xã", "huyện", "thành", "phố", "chỉ", "đạo", "số", "sự", "từ",
    "nhiều", "trên", "nhà", "nước", "việc", "cấp", "đề", "phải", "làm", "kết", "quả", "đánh",
    "giá", "chủ", "tịch", "ủy", "uỷ", "bộ", "sở", "điểm", "đạt", "tổ", "chức", "kinh", "tế",
];

/// Whether `word`, in lower case, can be one Vietnamese syllable: an
/// optional initial consonant, one to three vowels, an optional final
/// consonant ("nghiêng", "người", "khuỷu", "Đắk"); a single letter ("đ" for
/// đồng) passes too.
fn is_syllable(word: &str) -> bool {
    const INITIALS: [&str; 27] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    const FINALS: [&str; 9] = ["ch", "ng", "nh", "c", "k", "m", "n", "p", "t"];
    if word.chars().nth(1).is_none() {
        return true;
    }
    let rest = INITIALS
        .iter()
        .find_map(|i| word.strip_prefix(i))
        .unwrap_or(word);
    let vowels = FINALS
        .iter()
        .find_map(|f| rest.strip_suffix(f))
        .unwrap_or(rest);
    (1..=3).contains(&vowels.chars().count())
        && vowels.chars().all(|c| {
            matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || (is_vietnamese_letter(c) && c != 'đ')
        })
}

fn is_vietnamese_letter(c: char) -> bool {
    matches!(c, '\u{1EA0}'..='\u{1EF9}')
        || "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ".contains(c)
}

/// Punctuation and spaces a legacy document may hold besides letters.
fn is_neutral(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '•' | '°' | '«' | '»' | '·'
    )
}

pub(super) fn score(text: &str) -> Score {
    let mut score = Score {
        words: 0,
        letters: 0,
        ascii_letters: text.bytes().filter(u8::is_ascii_alphabetic).count(),
        junk: 0,
    };
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if is_vietnamese_letter(c) {
            score.letters += 1;
        } else if !is_neutral(c) {
            score.junk += 1;
        }
    }
    for (s, e) in word_spans(text) {
        let word = &text[s..e];
        if word.is_ascii() {
            continue;
        }
        let word = word.to_lowercase();
        if FREQUENT_WORDS.contains(&word.as_str()) {
            score.words += 1;
        } else if word.chars().any(is_vietnamese_letter) && !is_syllable(&word) {
            score.junk += 1;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    const TCVN3_EXAMPLES: &[(&[u8], &str)] = &[
        (b"H\xe9i ngh\xde t\xe6ng k\xd5t", "Hội nghị tổng kết"),
        (b"c\xb8c s\xeb, ban, ng\xb5nh", "các sở, ban, ngành"),
        (
            b"\xa7\xe5ng ch\xdd C\xc7m Ng\xe4c Minh",
            "Đồng chí Cầm Ngọc Minh",
        ),
        (b"H\xe9I NGH\xde T\xe6NG K\xd5T", "HỘI NGHỊ TỔNG KẾT"),
        (b"H\xe5 Ch\xdd Minh", "Hồ Chí Minh"),
        (b"Tr\xad\xebng Ban", "Trưởng Ban"),
        (b"Thanh Ho\xb8", "Thanh Hoá"),
        (
            b"Kh\xe3a XVI, K\xfa h\xe4p th\xf8 4",
            "Khóa XVI, Kỳ họp thứ 4",
        ),
        (b"H\xaeND t\xd8nh", "HĐND tỉnh"),
    ];

    #[test]
    fn tcvn3_examples() {
        for (bytes, expected) in TCVN3_EXAMPLES {
            assert_eq!(tcvn3(bytes), *expected, "bytes: {bytes:x?}");
        }
    }

    /// (bytes in VNI, text); VNI bytes written by hand from the table.
    const VNI_EXAMPLES: &[(&[u8], &str)] = &[
        (b"Ho\xe4i ngh\xf2 to\xe5ng ke\xe1t", "Hội nghị tổng kết"),
        (b"ca\xf9c s\xf4\xfb, ban, nga\xf8nh", "các sở, ban, ngành"),
        (
            b"\xd1o\xe0ng ch\xed Ca\xe0m Ngo\xefc Minh",
            "Đồng chí Cầm Ngọc Minh",
        ),
        (b"HO\xc4I NGH\xd2", "HỘI NGHỊ"),
        (b"Tr\xf6\xf4\xfbng Ban", "Trưởng Ban"),
        (b"na\xeam 2016", "năm 2016"),
        (b"Thanh Ho\xf9a", "Thanh Hóa"),
        (b"xa\xf5 ho\xe4i", "xã hội"),
    ];

    #[test]
    fn vni_examples() {
        for (bytes, expected) in VNI_EXAMPLES {
            assert_eq!(vni(bytes), *expected, "bytes: {bytes:x?}");
        }
    }

    /// Words that can be one Vietnamese syllable, and words that cannot.
    #[test]
    fn syllables() {
        for word in [
            "nghiêng", "người", "khuỷu", "quốc", "giữ", "gì", "đắk", "hòa", "được", "đ", "ơ",
            "thuở", "oai",
        ] {
            assert!(is_syllable(word), "{word}");
        }
        // German and French read as TCVN3 or VNI, and English with accents.
        for word in [
            "gebỹhren",
            "bỹrgermeister",
            "décidé",
            "élus",
            "café",
            "nạve",
            "ss",
        ] {
            assert!(!is_syllable(word), "{word}");
        }
    }
}
