//! The report's title: its headline line.
//!
//! Portal pages put section names ("Tin chính trị", "Điểm tin trong ngày"),
//! bullets and counters above the headline, so the title is the first line that
//! reads like a headline: at least six words, not a bullet, not a sentence
//! (no final period), not a date stamp, and not overly long.

const MIN_WORDS: usize = 6;
const MAX_CHARS: usize = 300;

/// The first line of `text` that reads like a headline.
pub fn find_title(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|line| is_headline(line))
        .map(str::to_owned)
}

fn is_headline(line: &str) -> bool {
    let Some(first) = line.chars().next() else {
        return false;
    };
    // Headlines start with a capital letter (or a quote before one); bullets, digits and
    // bracketed credits such as "(TGAG)-" do not.
    let first_letter = line.trim_start_matches(['"', '“', '\'']).chars().next();
    let starts_upper = first_letter.is_some_and(char::is_uppercase);
    starts_upper
        && !first.is_ascii_digit()
        && !line.ends_with(['.', ':', ';', ','])
        && line.chars().count() <= MAX_CHARS
        && line.split_whitespace().count() >= MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, expected title): lines taken from real portal pages.
    const EXAMPLES: &[(&str, Option<&str>)] = &[
        (
            "Tin chính trị\n\nHội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016\nTue, 27/12/2016 17:00 | GMT +7",
            Some("Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016"),
        ),
        (
            "Điểm tin trong ngày\n  • Màn chào hỏi của công đoàn sở nội vụ Tỉnh Sơn La\n1\nHội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022\nLượt xem: 137",
            Some("Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022"),
        ),
        (
            "(TGAG)- Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
            None,
        ),
        ("Lê Hồng\n\nTHÔNG TIN CẢI CÁCH", None),
        ("", None),
    ];

    #[test]
    fn examples() {
        for (text, expected) in EXAMPLES {
            assert_eq!(find_title(text).as_deref(), *expected, "text: {text:?}");
        }
    }
}
