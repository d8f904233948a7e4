//! The limits of a record.
//!
//! A hostile document (10 MB of "95,5%") must not turn into a gigabyte of
//! output, nor a value a reader cannot take. Here, after extraction:
//! - a fact whose number is not finite (a figure of more than 309 digits) is
//!   dropped: JSON has no infinity, and a spreadsheet would read `inf`;
//! - each kind of fact keeps its first [`MAX_FACTS`] (10,000; real reports
//!   have at most a few dozen);
//! - a located fact whose text is longer than [`MAX_TEXT`] characters (1,000;
//!   real ones have at most about 50) is dropped, as cutting its text would
//!   break `text == normalized[start..end]`; any other text (title, name,
//!   context, evidence, ...) is cut to [`MAX_TEXT`] characters, and lists
//!   inside a fact (titles, bodies) keep their first [`MAX_LIST`] entries.
//!
//! When a limit bit, the record says `truncated: true` (the field is left
//! out otherwise).

use super::Record;

/// The most facts of one kind a record keeps.
pub const MAX_FACTS: usize = crate::extract::MAX_FACTS;

/// The most characters of one text a record keeps.
pub const MAX_TEXT: usize = 1_000;

/// The most entries of a list inside a fact (a person's titles).
pub const MAX_LIST: usize = 100;

/// Drops the facts whose numbers are not finite.
pub(super) fn drop_non_finite(r: &mut Record) {
    for list in r.fact_lists_mut() {
        list.retain(&mut |fact| fact.is_finite());
    }
}

/// Applies the limits of the module documentation; returns whether one bit.
pub(super) fn apply_limits(r: &mut Record) -> bool {
    let mut cut = false;
    for list in r.fact_lists_mut() {
        // Overlong texts go first (a province's, a gazetteer name, never
        // is), then the kind is capped, then each fact's other texts.
        cut |= list.retain(&mut |fact| !too_long(fact.text()));
        cut |= list.keep_first(MAX_FACTS);
        list.each_mut(&mut |fact| cut |= fact.cap_fields());
    }
    for text in [
        &mut r.title,
        &mut r.published,
        &mut r.event_date,
        &mut r.presiding,
    ] {
        cut |= cap_opt(text);
    }
    if let Some(province) = &mut r.province {
        cut |= cap_text(&mut province.evidence);
    }
    cut
}

fn too_long(text: &str) -> bool {
    // Bytes bound characters from above: most texts need no count.
    text.len() > MAX_TEXT && text.chars().count() > MAX_TEXT
}

/// Keeps the first `max` items; returns whether any were dropped.
pub(super) fn cap_list<T>(list: &mut Vec<T>, max: usize) -> bool {
    let cut = list.len() > max;
    list.truncate(max);
    cut
}

/// Cuts `text` to [`MAX_TEXT`] characters; returns whether it was cut.
pub(super) fn cap_text(text: &mut String) -> bool {
    if !too_long(text) {
        return false;
    }
    let end = text
        .char_indices()
        .nth(MAX_TEXT)
        .map_or(text.len(), |(i, _)| i);
    text.truncate(end);
    true
}

pub(super) fn cap_opt(text: &mut Option<String>) -> bool {
    text.as_mut().is_some_and(cap_text)
}

/// Caps a list of texts and each text in it.
pub(super) fn cap_texts(texts: &mut Vec<String>) -> bool {
    let mut cut = cap_list(texts, MAX_LIST);
    for text in texts {
        cut |= cap_text(text);
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Facts;
    use crate::extract::percent::Percentage;

    fn percentage(text: &str, value: f64, start: usize) -> Percentage {
        Percentage {
            text: text.into(),
            value,
            qualifier: None,
            context: None,
            start,
            end: start + text.len(),
        }
    }

    /// "Tỷ lệ đạt 95%." 12,000 times: the first 10,000 figures are kept.
    #[test]
    fn each_kind_keeps_its_first_facts() {
        let text = "Tỷ lệ đạt 95%.\n".repeat(12_000);
        let mut facts = Facts::default();
        for (i, _) in text.match_indices("95%") {
            facts.percentages.push(percentage("95%", 95.0, i));
        }
        let record = Record::from_facts("x", &text, facts);
        assert_eq!(record.percentages.len(), MAX_FACTS);
        assert!(record.truncated);
        let last = &record.percentages[MAX_FACTS - 1];
        // Offsets are still characters: 15 per line, the figure at 10.
        assert_eq!(last.start, (MAX_FACTS - 1) * 15 + 10);
    }

    /// A fact with an overlong text is dropped (its offsets must stay true
    /// to it); any other overlong text is cut at a character boundary.
    #[test]
    fn overlong_texts_are_dropped_or_cut() {
        let long = format!("{}%", "9".repeat(2_000));
        let text = format!("Tỷ lệ đạt 94,3% và {long}");
        let mut facts = Facts::default();
        let mut ok = percentage("94,3%", 94.3, text.find("94,3%").unwrap());
        ok.context = Some("hồ sơ ".repeat(300));
        facts.percentages.push(ok);
        facts
            .percentages
            .push(percentage(&long, 9e99, text.find(&long).unwrap()));
        facts.title = Some("Hội nghị ".repeat(200));
        let record = Record::from_facts("x", &text, facts);
        assert!(record.truncated);
        assert_eq!(record.percentages.len(), 1);
        let context = record.percentages[0].context.as_deref().unwrap();
        assert_eq!(context.chars().count(), MAX_TEXT);
        assert!(context.starts_with("hồ sơ hồ sơ"));
        assert_eq!(record.title.unwrap().chars().count(), MAX_TEXT);
        // Under every limit, nothing is flagged.
        let mut facts = Facts::default();
        facts.percentages.push(percentage("94,3%", 94.3, 0));
        assert!(!Record::from_facts("x", "94,3%", facts).truncated);
    }

    /// A figure of more than 309 digits is infinite: dropped, not flagged.
    #[test]
    fn non_finite_values_are_dropped() {
        let text = "đạt 94,3% và 1e999%";
        let mut facts = Facts::default();
        let (ok, huge) = (text.find("94,3%").unwrap(), text.find("1e999%").unwrap());
        facts.percentages.push(percentage("94,3%", 94.3, ok));
        facts
            .percentages
            .push(percentage("1e999%", f64::INFINITY, huge));
        facts.percentages.push(percentage("1e999%", f64::NAN, huge));
        let record = Record::from_facts("x", text, facts);
        let values: Vec<f64> = record.percentages.iter().map(|p| p.value).collect();
        assert_eq!(values, [94.3]);
        assert!(!record.truncated);
    }
}
