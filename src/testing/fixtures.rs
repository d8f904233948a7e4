//! The binary fixtures of `fixtures/docx/` and `fixtures/pdf/`: each seed
//! report as a DOCX and as a PDF, and a seed in a TCVN3 font; and the two
//! inputs that must fail, kept out of `fixtures/` (a walk of it is all
//! reports) in `tests/data/`: a scanned PDF and a Word 97 header. They are written by the
//! helpers of this module's siblings, never by hand, and a test checks the
//! committed files are what the helpers write; to write them again:
//!
//! ```text
//! VNEXTRACT_WRITE_FIXTURES=1 cargo test --lib testing::fixtures
//! ```

use super::seeds;
use super::{docx, pdf};
use crate::Extractor;

/// A seed with the metadata its DOCX and PDF carry.
pub struct Seed {
    /// The seed's file name in `fixtures/`, without `.txt`.
    pub stem: &'static str,
    pub text: &'static str,
    /// Its headline.
    pub title: &'static str,
    /// When it was published, as `docProps/core.xml` writes it (UTC).
    pub created: &'static str,
    /// The same, as a PDF date (local time).
    pub pdf_created: &'static str,
}

pub const SEEDS: [Seed; 5] = [
    Seed {
        stem: "000_son_la_cchc_2016",
        text: seeds::SON_LA_2016,
        title: "Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016",
        created: "2016-12-27T10:00:00Z",
        pdf_created: "D:20161227170000+07'00'",
    },
    Seed {
        stem: "001_bac_kan_cchc_2017",
        text: seeds::BAC_KAN_2017,
        title: "Nâng cao trách nhiệm người đứng đầu các cơ quan, đơn vị trong thực hiện cải cách hành chính",
        created: "2017-05-16T01:30:00Z",
        pdf_created: "D:20170516083000+07'00'",
    },
    Seed {
        stem: "002_cchc_index_2015",
        text: seeds::CCHC_INDEX_2015,
        title: "Hội nghị đánh giá, xác định chỉ số cải cách hành chính năm 2015",
        created: "2016-01-22T08:00:00Z",
        pdf_created: "D:20160122150000+07'00'",
    },
    Seed {
        stem: "003_an_giang_cchc_2015",
        text: seeds::AN_GIANG_2015,
        title: "Tổng kết công tác cải cách hành chính năm 2015 triển khai kế hoạch cải cách hành chính năm 2016",
        created: "2015-12-30T09:00:00Z",
        pdf_created: "D:20151230160000+07'00'",
    },
    Seed {
        stem: "004_son_la_sipas_2022",
        text: seeds::SON_LA_SIPAS_2022,
        title: "Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022",
        created: "2023-01-12T07:00:00Z",
        pdf_created: "D:20230112140000+07'00'",
    },
];

/// Each fixture's path from the repository's root, and its bytes.
pub fn all() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for seed in &SEEDS {
        let info = pdf::Info {
            title: Some(seed.title),
            created: Some(seed.pdf_created),
        };
        files.push((
            format!("fixtures/docx/{}.docx", seed.stem),
            docx::report(seed.text, seed.title, seed.created),
        ));
        files.push((
            format!("fixtures/pdf/{}.pdf", seed.stem),
            pdf::unicode(seed.text, &info),
        ));
    }
    let first = &SEEDS[0];
    let info = pdf::Info {
        title: Some(first.title),
        created: Some(first.pdf_created),
    };
    files.push((
        format!("fixtures/pdf/{}_vntime.pdf", first.stem),
        pdf::tcvn3(first.text, &info),
    ));
    let scan = pdf::Info {
        title: Some("Báo cáo (bản quét)"),
        created: None,
    };
    files.push(("tests/data/scanned.pdf".into(), pdf::scanned(&scan)));
    files.push(("tests/data/report.doc".into(), word97()));
    files
}

/// The first sector of a Word 97 file: the OLE2 magic, the header fields
/// that follow it, zeros.
fn word97() -> Vec<u8> {
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(24, 0);
    // Minor and major version (3), byte order (FFFE), sector shift (9).
    bytes.extend_from_slice(&[0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00]);
    bytes.resize(512, 0);
    bytes
}

/// The facts the containers must keep: a record's single-valued choices
/// and its lists, without offsets (a container's text is laid out a little
/// differently from the seed's).
pub fn facts(text: &str) -> serde_json::Value {
    let record = serde_json::to_value(Extractor::default().extract(text)).unwrap();
    let mut facts = serde_json::Map::new();
    for key in [
        "event_date",
        "province",
        "chairpersons",
        "presiding",
        "percentages",
        "awards",
        "dates",
    ] {
        let mut value = record[key].clone();
        strip_offsets(&mut value);
        facts.insert(key.into(), value);
    }
    serde_json::Value::Object(facts)
}

fn strip_offsets(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("start");
            map.remove("end");
            map.values_mut().for_each(strip_offsets);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_offsets),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The committed fixtures are what the helpers write; with
    /// `VNEXTRACT_WRITE_FIXTURES=1` they are written first.
    #[test]
    fn committed_fixtures_are_generated() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let write = std::env::var_os("VNEXTRACT_WRITE_FIXTURES").is_some();
        for (name, bytes) in super::all() {
            let path = dir.join(&name);
            if write {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &bytes).unwrap();
            }
            let committed = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("{name}: {e} (write it: see testing::fixtures)"));
            assert!(
                committed == bytes,
                "{name} differs from what its helper writes"
            );
        }
    }
}
