//! The report's title: its headline line.
//!
//! Rules, in order:
//! 1. A title the page states as data: a `title: "…"` line in a leading
//!    front-matter block (`---` … `---`, as static-site archives store
//!    articles) or a `"Title": "…"` field of a JSON record. A scraper's tag in
//!    brackets before it ("[Nghị định 73] …"), emoji and a trailing "..." go.
//! 2. Otherwise the first line that reads like a headline: portal pages put
//!    section names ("Tin chính trị", "Điểm tin trong ngày"), bullets and
//!    counters above it, so it has at least six words, starts with a capital,
//!    is not a sentence (no final period), is not a date stamp or credit
//!    ("(TGAG)- …"), is not overly long, and is not a photo caption (a line
//!    with "Ảnh:" or right after an image placeholder), and it comes before
//!    the body: after the first full sentence (15 words or more, ending in a
//!    period) there is no title to find.

const MIN_WORDS: usize = 6;
const MAX_CHARS: usize = 300;
const BODY_WORDS: usize = 15;

/// The title of the document `text`.
pub fn find_title(text: &str) -> Option<String> {
    stated_title(text).or_else(|| headline(text))
}

/// A `title:` in front matter or a JSON `"Title"` field near the top.
fn stated_title(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim);
    let first = lines.next()?;
    let value = if first == "---" {
        lines
            .take_while(|l| *l != "---")
            .find_map(|l| l.strip_prefix("title:"))?
    } else if first == "{" {
        lines.take(20).find_map(|l| l.strip_prefix("\"Title\":"))?
    } else {
        return None;
    };
    let value = value
        .trim()
        .trim_end_matches(',')
        .trim()
        .trim_matches('"')
        .trim();
    let value = strip_tag(value);
    let value = value.trim_end_matches("...").trim_end_matches('…').trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// Drops leading emoji and symbols, then a bracketed tag: `🔥 [Mu] Nữ công nhân` → `Nữ công nhân`.
fn strip_tag(value: &str) -> &str {
    let value = value
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[' && c != '"' && c != '“');
    match value
        .strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
    {
        Some((_, rest)) => rest.trim_start(),
        None => value,
    }
}

fn headline(text: &str) -> Option<String> {
    let mut after_image = false;
    for line in text.lines().map(str::trim) {
        // The headline stands above the body: once the article has begun, a
        // short line is a caption or a subheading, not the title.
        if is_body_sentence(line) {
            return None;
        }
        let is_image = is_image_placeholder(line);
        if !after_image && !is_image && is_headline(line) {
            return Some(line.to_owned());
        }
        after_image = is_image;
    }
    None
}

/// A full sentence of the article: long, and ending as sentences do.
fn is_body_sentence(line: &str) -> bool {
    line.split_whitespace().count() >= BODY_WORDS && line.ends_with(['.', '…'])
}

/// `[img]`, a markdown image `![…](…)`, `anh tin bai`.
fn is_image_placeholder(line: &str) -> bool {
    line == "[img]" || line.starts_with("![") || line.eq_ignore_ascii_case("anh tin bai")
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
        && !line.contains("Ảnh:")
        && line.chars().count() <= MAX_CHARS
        && line.split_whitespace().count() >= MIN_WORDS
}

#[cfg(test)]
mod tests;
