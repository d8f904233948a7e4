//! The prefilters' oracle tests: each against the plain search it stands
//! in for (`prefilter.rs`'s header names them).

use super::*;
use crate::extract::date::cue::{lines_before, window_before};
use crate::extract::date::scan::{
    DAY_SPAN, MONTH, MONTH_REACH, MONTHS, MONTHS_REACH, QUARTER, WORDED_DAY, WORDED_DAY_REACH,
    YEAR_SPAN,
};
use crate::extract::date::stamp::{labelled, stamp_line, stamp_line_and_labelled};
use proptest::prelude::*;

/// `year_matches_at` from every "năm" of `text`.
fn year_matches(text: &str) -> Vec<std::ops::Range<usize>> {
    year_matches_at(text, &accented_words(text).breves)
}

/// "năm 2016": `year_matches` finds it by hand; its oracle.
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:năm)\s+(\d{4})").unwrap());

/// The word "tháng": `accented_words` finds it by hand; its oracle.
static THANG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i:tháng)").unwrap());

proptest! {
    /// The hand matcher agrees with `NUMERIC_DAY` on ASCII runs.
    #[test]
    fn ascii_day_matches_regex(s in "[0-9/.\\-]{0,16}") {
        for pos in 0..=s.len() {
            let hand = numeric_day(&s, pos, s.len(), true)
                .map(|m| (m.start, m.end, m.day, m.sep1, m.month, m.sep2, m.year));
            let re = numeric_day(&s, pos, s.len(), false)
                .map(|m| (m.start, m.end, m.day, m.sep1, m.month, m.sep2, m.year));
            prop_assert_eq!(hand, re);
        }
    }

    /// The hand search finds "tháng" and "quý" as the regexes do.
    #[test]
    fn accented_words_match_regex(s in "(tháng|THÁNG|tHÁng|thang|quý|QUÝ|qUý|quy|năm|ă|Ă|th|qu|á|Á|ý|Ý|x| ){0,16}") {
        let words = accented_words(&s);
        let thang: Vec<_> = THANG.find_iter(&s).map(|m| m.range()).collect();
        prop_assert_eq!(words.thang, thang);
        let quy = Regex::new(r"(?i:quý)").unwrap();
        let quy: Vec<_> = quy.find_iter(&s).map(|m| m.start()).collect();
        prop_assert_eq!(words.quy, quy);
    }

    /// Quarters found at each "quý" are those of a scan of the whole text.
    #[test]
    fn quarters_match_whole_text_scan(s in "(quý|QUÝ|Quý|quy|I|II|IV|V|1|4|5|/|-|–|năm|2017|20| |\n|x){0,16}") {
        let unanchored = Regex::new(QUARTER.as_str().strip_prefix('^').unwrap()).unwrap();
        let whole: Vec<_> = unanchored
            .captures_iter(&s)
            .map(|c| (c.get(0).unwrap().range(), c[1].to_string(), c[2].to_string()))
            .collect();
        let quy = accented_words(&s).quy;
        let at_quy: Vec<_> = at_anchors(&QUARTER, &s, &quy, "quý".len())
            .map(|(m, c)| (m, c[1].to_string(), c[2].to_string()))
            .collect();
        prop_assert_eq!(at_quy, whole);
    }

    /// Each digit-led pattern finds in its runs what it finds over the
    /// whole text, but for matches with a digit other than ASCII (they
    /// do not parse, the rules drop them), which the runs may leave out.
    #[test]
    fn runs_hold_every_match(s in "(([0-9]{1,4}|١|𝟙)[ \u{a0}]?(-|–|−|‐|/|\\.)[ \u{a0}]?([0-9]{1,4}|١|𝟙)((/|\\.|-)([0-9]{1,4}|١))?((/|\\.|—)[0-9]{2,4})?[ \nax/.\\-]?){0,5}") {
        let parses = |r: &Range<usize>| {
            s[r.clone()].chars().all(|c| !c.is_numeric() || c.is_ascii_digit())
        };
        let seps = separators_between_digits(&s);
        for (re, runs) in [
            (&*NUMERIC_DAY, day_runs(&s, &seps)),
            (&*DAY_SPAN, day_span_runs(&s, &seps)),
            (&*YEAR_SPAN, year_span_runs(&s)),
        ] {
            let whole: Vec<_> = re.find_iter(&s).map(|m| m.range()).collect();
            let in_runs: Vec<_> = captures_in_runs(re, &s, runs)
                .map(|c| c.get(0).unwrap().range())
                .collect();
            prop_assert!(in_runs.iter().all(|r| whole.contains(r)), "{}", re.as_str());
            let parsed = |v: &[Range<usize>]| v.iter().filter(|r| parses(r)).cloned().collect::<Vec<_>>();
            prop_assert_eq!(parsed(&in_runs), parsed(&whole), "{}", re.as_str());
        }
    }

    /// Each pattern holding a "tháng", run around each "tháng" from as far
    /// back as its reach lets it start, finds what it finds over the
    /// whole text.
    #[test]
    fn around_thang_as_whole_text(s in "((ngày |NGÀY  |ngày\n|hai |mười |6 |12 |𝟙𝟙 |١ |x|a)?([0-9]{1,2}|١|𝟙𝟙)?[ \u{a0}\n]{0,2}(tháng|THÁNG|Tháng)[ \t]{0,2}([0-9]{1,2}|١)?( ?/ ?| năm |-| )?([0-9]{4}|١٢٣٤)?( đầu| cuối| tiếp theo| còn lại)?( năm| NĂM)?( 2017)?[ .,x]?){0,4}") {
        let thang = accented_words(&s).thang;
        for (re, reach) in [
            (&*WORDED_DAY, WORDED_DAY_REACH),
            (&*MONTH, MONTH_REACH),
            (&*MONTHS, MONTHS_REACH),
        ] {
            let around: Vec<_> = around_thang(&s, &thang, re, reach, |_| true)
                .map(|c| c.get(0).unwrap().range())
                .collect();
            let whole: Vec<_> = re.find_iter(&s).map(|m| m.range()).collect();
            prop_assert_eq!(around, whole, "{}", re.as_str());
        }
    }

    /// The byte walk of `reach_end` stops where a walk over chars does.
    #[test]
    fn reach_end_agrees_with_chars(s in "(a|ă|ậ| |\t|\n|\u{b}|\u{85}|\u{a0}|\u{1680}|\u{2003}|\u{3000}|𝟙|1){0,40}", budget in 0usize..12) {
        let mut limit = 0;
        let mut left = budget;
        for c in s.chars() {
            if !c.is_whitespace() {
                if left == 0 {
                    break;
                }
                left = left.saturating_sub(c.len_utf8());
            }
            limit += c.len_utf8();
        }
        prop_assert_eq!(reach_end(&s, 0, budget), limit);
    }

    /// The hand search finds the `YEAR` matches that have ASCII digits.
    #[test]
    fn years_match_regex(s in "(năm|NĂM|Năm|nĂm|ăm|n|[ \u{a0}\n]|[0-9]|١|x|/){0,24}") {
        let re: Vec<_> = YEAR
            .find_iter(&s)
            .filter(|m| {
                s.is_char_boundary(m.end() - 4)
                    && s[m.end() - 4..m.end()].bytes().all(|b| b.is_ascii_digit())
            })
            .map(|m| m.range())
            .collect();
        prop_assert_eq!(year_matches(&s), re);
    }
}

proptest! {
    #[test]
    fn segments_agree_on_stamp_like_text(s in "([0-9]{1,4}|[/.,:|()\\-–;\" \t]|\n|Thứ Ba|Tue|GMT|\\+7|Ngày đăng|Cập nhật lúc|lúc|ngày|x){0,30}") {
        let (line, label) = stamp_line_and_labelled(&s);
        prop_assert_eq!(line, stamp_line(&s));
        prop_assert_eq!(label, labelled(&s));
    }
}

/// The segment search finds what a scan of the whole text finds.
#[test]
fn segments_agree_with_whole_text() {
    for text in [
        "Tue, 27/12/2016 17:00 | GMT +7",
        "x.\nThứ Ba,\n\n27/12/2016\n17:00\n.",
        "a 3/4/2016.\n  27/12/2016 17:00  \nb",
        "Ngày đăng: 27/12/2016. Cập nhật: 17:00, 28/12/2016",
        "(27/12/2016 17:00)\n27/12/2016 17:00\n",
        "số 108/2014/NĐ-CP\nposted on Chủ nhật, 1/2/2015 lúc 8:30:00",
    ] {
        let (line, label) = stamp_line_and_labelled(text);
        assert_eq!(line, stamp_line(text), "{text:?}");
        assert_eq!(label, labelled(text), "{text:?}");
    }
}

/// `window_before` as first written: a walk over chars.
fn window_before_by_chars(text: &str, pos: usize, max_chars: usize) -> &str {
    let head = &text[..pos];
    let mut start = pos;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if c == '\n' || n == max_chars {
            break;
        }
        start = i;
    }
    &head[start..]
}

/// `lines_before` as first written: a walk over chars.
fn lines_before_by_chars(text: &str, pos: usize, max_chars: usize) -> &str {
    let head = &text[..pos];
    let mut start = pos;
    let mut newline = false;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n == max_chars || (c == '\n' && newline) {
            break;
        }
        if c == '\n' {
            newline = true;
        } else if !c.is_whitespace() {
            newline = false;
        }
        start = i;
    }
    &head[start..]
}

proptest! {
    /// The byte walks stop where the walks over chars stop.
    #[test]
    fn byte_walks_as_char_walks(s in "(a|ậ| |\t|\n|\u{b}|\u{85}|\u{a0}|\u{1680}|\u{2003}|\u{3000}|𝟙|1|\r){0,40}", max in 0usize..30) {
        for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
            prop_assert_eq!(window_before(&s, i, max), window_before_by_chars(&s, i, max));
            prop_assert_eq!(lines_before(&s, i, max), lines_before_by_chars(&s, i, max));
        }
    }
}
