use super::*;

#[test]
fn dump_seeds() {
    for f in [
        "000_son_la_cchc_2016",
        "001_bac_kan_cchc_2017",
        "002_cchc_index_2015",
        "003_an_giang_cchc_2015",
        "004_son_la_sipas_2022",
    ] {
        let text =
            std::fs::read_to_string(format!("{}/fixtures/{f}.txt", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let dates = find_dates(&text);
        println!(
            "== {f} published={:?} event={:?}",
            published(&text),
            event_date(&text, &dates)
        );
        for d in &dates {
            assert_eq!(&text[d.start..d.end], d.text);
            println!(
                "  {:?} {:?} {} inf={} from={:?} to={:?} time={:?} doc={}",
                d.kind, d.text, d.value, d.inferred_year, d.from, d.to, d.time, d.document
            );
        }
    }
}

/// Sweep: `DATE_SWEEP_DIR=... cargo test --lib sweep -- --ignored --nocapture`
/// prints every date of every `.txt` file in that folder.
#[test]
#[ignore]
fn sweep() {
    let Ok(dir) = std::env::var("DATE_SWEEP_DIR") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let raw = std::fs::read_to_string(p).unwrap_or_default();
        let text = raw.replace("\r\n", "\n");
        let dates = find_dates(&text);
        println!(
            "== {} published={:?} event={:?}",
            p.display(),
            published(&text),
            event_date(&text, &dates)
        );
        for d in &dates {
            assert_eq!(&text[d.start..d.end], d.text);
            let mut flags = String::new();
            if d.inferred_year {
                flags += " INF";
            }
            if d.document {
                flags += " DOC";
            }
            println!(
                "  {:?} {:?} {}{} {:?}",
                d.kind, d.text, d.value, flags, d.time
            );
        }
    }
}
