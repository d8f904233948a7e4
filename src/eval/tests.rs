//! How values are compared, rule by rule (the module doc's list).

use super::*;
use crate::extract::award::Award;
use crate::extract::percent::Percentage;

fn gold(line: &str) -> GoldDoc {
    gold::parse(line).unwrap().remove(0)
}

fn percent(value: f64) -> Percentage {
    Percentage {
        text: String::new(),
        value,
        qualifier: None,
        context: None,
        start: 0,
        end: 0,
    }
}

fn award(
    name: &str,
    collectives: Option<u32>,
    individuals: Option<u32>,
    count: Option<u32>,
) -> Award {
    Award {
        text: String::new(),
        award: name.to_owned(),
        collectives,
        individuals,
        count,
        giver: None,
        start: 0,
        end: 0,
    }
}

fn scored(gold_line: &str, record: &Record) -> Evaluation {
    let mut evaluation = Evaluation::default();
    evaluation.add(&gold(gold_line), record);
    evaluation
}

#[test]
fn names_compare_after_nfc_and_tone_placement() {
    assert_eq!(name_key("Khánh Hoà"), name_key("Khánh Hòa"));
    assert_eq!(name_key("Thanh Hoá"), "Thanh Hóa");
    assert_eq!(
        name_key("Ca\u{302}\u{300}m Ngo\u{323}c Minh "),
        "Cầm Ngọc Minh"
    );
    assert_ne!(name_key("Hòa Bình"), name_key("Hà Bình"));
}

#[test]
fn percentages_compare_as_numbers() {
    assert_eq!(percent_key(9.0), percent_key(9.0000001));
    assert_eq!(percent_key(94.3), "94.3");
    assert_eq!(percent_key(9.0), "9");
    assert_ne!(percent_key(1.25), percent_key(12.5));
}

#[test]
fn an_unwritten_count_is_collectives_plus_individuals() {
    assert_eq!(
        award_key("Bằng khen", Some(11), Some(13), None),
        award_key("bằng khen", Some(11), Some(13), Some(24))
    );
    assert_eq!(
        award_key("danh hiệu chiến sỹ thi đua cơ sở", None, Some(5), None),
        award_key("danh hiệu chiến sĩ thi đua cơ sở", None, Some(5), Some(5))
    );
    assert_ne!(
        award_key("bằng khen", None, None, None),
        award_key("bằng khen", None, None, Some(0))
    );
}

#[test]
fn percentages_are_a_multiset_and_awards_a_set() {
    let record = Record {
        percentages: vec![percent(100.0), percent(95.0)],
        awards: vec![
            award("bằng khen", Some(11), Some(13), None),
            award("bằng khen", Some(11), Some(13), Some(24)),
        ],
        ..Record::default()
    };
    let evaluation = scored(
        r#"{"id": "a", "percentages": [100, 95, 100], "awards": [{"award": "bằng khen", "collectives": 11, "individuals": 13}]}"#,
        &record,
    );
    let percentages = evaluation.tally(Field::Percentages);
    assert_eq!((percentages.tp, percentages.fp, percentages.fn_), (2, 0, 1));
    // The restated conferral is one entry on both sides.
    let awards = evaluation.tally(Field::Awards);
    assert_eq!((awards.tp, awards.fp, awards.fn_), (1, 0, 0));
}

#[test]
fn an_alternative_answer_is_accepted_and_null_is_an_answer() {
    let record = Record {
        event_date: Some("2017-07-06".into()),
        ..Record::default()
    };
    let line = r#"{"id": "a", "event_date": "2017-07-07", "event_date_alt": ["2017-07-06"], "presiding": null}"#;
    let evaluation = scored(line, &record);
    assert_eq!(evaluation.tally(Field::EventDate).correct, 1);
    assert_eq!(evaluation.tally(Field::Presiding).correct, 1);
    let wrong = Record {
        presiding: Some("Nguyễn Văn An".into()),
        ..Record::default()
    };
    let evaluation = scored(line, &wrong);
    assert_eq!(evaluation.tally(Field::Presiding).correct, 0);
    assert_eq!(evaluation.misses.len(), 2, "{:?}", evaluation.misses);
}

#[test]
fn a_field_left_out_is_not_scored() {
    let evaluation = scored(r#"{"id": "a", "province": null}"#, &Record::default());
    assert_eq!(evaluation.fields(), [Field::Province]);
    assert_eq!(evaluation.tally(Field::Awards).scored, 0);
    assert_eq!(evaluation.mean(), 1.0);
}

#[test]
fn presided_is_read_from_the_gold_chairpersons() {
    let doc = gold(
        r#"{"id": "a", "chairpersons": [{"name": "Nguyễn Văn An", "presided": true}, {"name": "Lê Văn Bình", "presided": false}]}"#,
    );
    assert_eq!(
        doc.answers[Field::Presided as usize],
        Some(Answer::List(vec!["Nguyễn Văn An".into()]))
    );
    assert_eq!(
        doc.answers[Field::Chairpersons as usize],
        Some(Answer::List(vec![
            "Nguyễn Văn An".into(),
            "Lê Văn Bình".into()
        ]))
    );
}

#[test]
fn a_bad_gold_line_is_named() {
    assert_eq!(
        gold::parse("{\"id\": \"a\"}\nnot json\n")
            .unwrap_err()
            .to_string()
            .split(' ')
            .take(2)
            .collect::<Vec<_>>(),
        ["line", "2:"]
    );
    assert_eq!(
        gold::parse(r#"{"event_date": null}"#)
            .unwrap_err()
            .to_string(),
        "line 1: no \"id\" string"
    );
    assert_eq!(
        gold::parse(r#"{"id": "a", "percentages": ["9%"]}"#)
            .unwrap_err()
            .to_string(),
        "line 1: percentages: a percentage that is not a number"
    );
}

#[test]
fn precision_and_recall_of_nothing() {
    let empty = Tally::default();
    assert_eq!(
        (empty.precision(), empty.recall(), empty.f1()),
        (1.0, 1.0, 1.0)
    );
    let all_missed = Tally {
        fn_: 2,
        ..Tally::default()
    };
    assert_eq!(
        (all_missed.precision(), all_missed.recall(), all_missed.f1()),
        (0.0, 0.0, 0.0)
    );
}
