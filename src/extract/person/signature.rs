//! Signature blocks of official documents (resolutions, decisions):
//!
//! ```text
//! TM. HỘI ĐỒNG NHÂN DÂN
//! CHỦ TỊCH
//! (Đã ký)
//! Nguyễn Văn A
//! ```
//!
//! The signer holds the title on the line above the name: "CHỦ TỊCH" makes a
//! chair of the body after "TM." ("on behalf of"); "KT. CHỦ TỊCH" ("signed
//! for the chair") followed by "PHÓ CHỦ TỊCH" makes a deputy, not a chair.
//! The title is given in sentence case ("Chủ tịch Hội đồng nhân dân"), the
//! only place where a title is not copied as written: capitals are the block's
//! layout, not the title's spelling.

use super::names::{is_name_syllable, is_surname, syllable_run};
use super::tokens::{Tokens, line_tokens};

/// One signer: name span (bytes) and title.
pub struct Signer {
    pub start: usize,
    pub end: usize,
    pub title: String,
}

/// The signers of `text`'s signature blocks.
pub fn signers(text: &str) -> Vec<Signer> {
    // Every title line holds this; most texts have no signature block.
    if memchr::memmem::find(text.as_bytes(), "CHỦ TỊCH".as_bytes()).is_none() {
        return Vec::new();
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            lines.push((offset + lead, trimmed));
        }
        offset += line.len();
    }
    let mut out = Vec::new();
    for (i, &(_, line)) in lines.iter().enumerate() {
        let head = match line {
            "CHỦ TỊCH" => "Chủ tịch",
            "PHÓ CHỦ TỊCH" => "Phó Chủ tịch",
            _ => continue,
        };
        let body = lines[i.saturating_sub(3)..i]
            .iter()
            .rev()
            .find_map(|(_, l)| l.strip_prefix("TM.").map(str::trim));
        let Some(&(start, name_line)) = lines[i + 1..]
            .iter()
            .take(3)
            .find(|(_, l)| !is_signed_mark(l))
        else {
            continue;
        };
        // Only this line's tokens: a name never runs past its line end.
        let toks = line_tokens(text, start);
        let t = Tokens::new(text, &toks);
        let Some((s, e)) = whole_line_name(&t, start, start + name_line.len()) else {
            continue;
        };
        let title = match body {
            Some(body) if !body.is_empty() => format!("{head} {}", sentence_case(body)),
            _ => head.to_owned(),
        };
        out.push(Signer {
            start: s,
            end: e,
            title,
        });
    }
    out
}

/// "(Đã ký)", "Đã ký", "(Ký tên, đóng dấu)": the mark between title and name.
fn is_signed_mark(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.contains("ký") && line.split_whitespace().count() <= 4) || line.starts_with('(')
}

/// The name that fills the line `start..end`: 2 to 5 syllables, family name first.
fn whole_line_name(t: &Tokens, start: usize, end: usize) -> Option<(usize, usize)> {
    let i = t.toks.partition_point(|tok| tok.start < start);
    let j = syllable_run(t, i);
    let len = j - i;
    let (s, e) = (len > 0).then(|| t.span(i, j))?;
    let whole = s == start && e == end;
    let first = t.word(i)?;
    (whole && (2..=5).contains(&len) && is_surname(first) && is_name_syllable(first))
        .then_some((s, e))
}

/// "HỘI ĐỒNG NHÂN DÂN TỈNH" → "Hội đồng nhân dân tỉnh"; abbreviations
/// ("UBND") stay.
fn sentence_case(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for (k, word) in body.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let keep = matches!(word, "UBND" | "HĐND" | "MTTQ" | "CCHC");
        if keep {
            out.push_str(word);
            continue;
        }
        let lower = word.to_lowercase();
        if k == 0 {
            let mut chars = lower.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(&lower);
        }
    }
    out
}
