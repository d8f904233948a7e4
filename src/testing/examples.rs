//! The example-table harness, Duckling style: a table is rows of a real
//! phrase and what an extractor must read off it, plus negatives, phrases it
//! must read nothing off. Adding a case is adding a row to the extractor's
//! `tests.rs`.
//!
//! [`check`] runs every row and every negative and fails once, naming each
//! phrase that failed with what it wanted and what was got; [`check_facts`]
//! is the same for extractors that give a list of facts.

use std::fmt::Debug;

/// One row of an example table: a phrase and what must be read off it.
#[derive(Debug)]
pub struct Row<W: 'static> {
    pub phrase: &'static str,
    pub want: W,
}

/// Reads every row's phrase and every negative with `read`, and fails
/// listing each one whose reading `agrees` refuses. A negative wants
/// `W::default()`: nothing (`None`, no facts).
pub fn check<W, G>(
    rows: &[Row<W>],
    negatives: &[&'static str],
    read: impl Fn(&str) -> G,
    agrees: impl Fn(&str, &G, &W) -> bool,
) where
    W: Debug + Default,
    G: Debug,
{
    let nothing: Vec<Row<W>> = negatives
        .iter()
        .map(|&phrase| Row {
            phrase,
            want: W::default(),
        })
        .collect();
    check_rows(rows.iter().chain(&nothing), |row| read(row.phrase), agrees);
}

/// [`check`] for an extractor that gives a list of facts: a row agrees when
/// as many facts are read as it wants, each agreeing with the wanted one in
/// the same place (`agrees` is given the phrase, the fact and the wanted fact).
pub fn check_facts<W, F>(
    rows: &[Row<&'static [W]>],
    negatives: &[&'static str],
    read: impl Fn(&str) -> Vec<F>,
    agrees: impl Fn(&str, &F, &W) -> bool,
) where
    W: Debug,
    F: Debug,
{
    check(rows, negatives, read, |phrase, got: &Vec<F>, want| {
        got.len() == want.len() && got.iter().zip(*want).all(|(g, w)| agrees(phrase, g, w))
    });
}

/// Every phrase of a table, rows then negatives: for the tests that run
/// something else over the same phrases.
pub fn phrases<W>(
    rows: &'static [Row<W>],
    negatives: &'static [&'static str],
) -> impl Iterator<Item = &'static str> {
    rows.iter()
        .map(|row| row.phrase)
        .chain(negatives.iter().copied())
}

/// The rows alone, each read with `read`, which sees the whole row: for
/// tables whose reading needs more than the phrase.
pub fn check_rows<'r, W, G>(
    rows: impl IntoIterator<Item = &'r Row<W>>,
    read: impl Fn(&Row<W>) -> G,
    agrees: impl Fn(&str, &G, &W) -> bool,
) where
    W: Debug + 'static,
    G: Debug,
{
    let mut total = 0;
    let mut failures = Vec::new();
    for row in rows {
        total += 1;
        let got = read(row);
        if !agrees(row.phrase, &got, &row.want) {
            failures.push(format!(
                "{:?}\n  want {:?}\n  got  {:?}",
                row.phrase, row.want, got
            ));
        }
    }
    assert!(total > 0, "an empty table");
    assert!(
        failures.is_empty(),
        "{} of {total} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

mod tests {
    use super::*;

    const ROWS: &[Row<&[usize]>] = &[
        Row {
            phrase: "a bb",
            want: &[1, 2],
        },
        Row {
            phrase: "ccc",
            want: &[3],
        },
    ];

    fn lengths(phrase: &str) -> Vec<usize> {
        phrase.split_whitespace().map(str::len).collect()
    }

    #[test]
    fn rows_and_negatives_that_agree_pass() {
        check_facts(ROWS, &["", " "], lengths, |_, got, want| got == want);
    }

    #[test]
    #[should_panic(expected = "1 of 4 rows fail:\n\"x\"\n  want []\n  got  [1]")]
    fn a_negative_that_gives_something_fails_naming_it() {
        check_facts(ROWS, &["x", ""], lengths, |_, got, want| got == want);
    }

    #[test]
    #[should_panic(expected = "1 of 2 rows fail:\n\"ccc\"\n  want [3]\n  got  [3]")]
    fn a_row_that_disagrees_fails_naming_it() {
        check_facts(ROWS, &[], lengths, |_, _, want| *want != 3);
    }

    #[test]
    #[should_panic(expected = "\"a bb\"\n  want [1, 2]\n  got  [1]")]
    fn a_fact_missing_fails() {
        let first = |phrase: &str| lengths(phrase).into_iter().take(1).collect();
        check_facts(ROWS, &[], first, |_, got, want| got == want);
    }
}
