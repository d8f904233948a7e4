//! The gazetteer: the 63 provincial-level units in force until 30 June 2025,
//! read once from `data/provinces.tsv` (the single source of truth, compiled
//! into the binary), and the 34 in force since 1 July 2025, from
//! `data/provinces_2025.tsv`, which only the tests read: they check that
//! every `successor_2025` names one of the 34 and that it lists its old units.
//!
//! `provinces.tsv`: code, name, type, successor_2025, `|`-separated variants
//! (a trailing `*` marks a variant that is ambiguous without context).
//! `provinces_2025.tsv`: name, type, code, `|`-separated old units merged in.

use std::sync::LazyLock;

use super::Province;

const PROVINCES_TSV: &str = include_str!("../../../data/provinces.tsv");
#[cfg(test)]
const PROVINCES_2025_TSV: &str = include_str!("../../../data/provinces_2025.tsv");

/// Whether a unit is a province ("tỉnh") or a centrally-run city ("thành phố
/// trực thuộc trung ương"); the prefix a text puts before an ambiguous
/// abbreviation ("TP. ĐN" vs "tỉnh ĐN") picks between units of the two kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Province,
    City,
}

/// A spelling of a unit's name as texts write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    pub spelling: &'static str,
    /// Marked `*` in the reference: only matched after "tỉnh"/"thành phố"/"TP".
    pub ambiguous: bool,
}

/// One of the 63 units in force until 30 June 2025.
#[derive(Debug, Clone)]
pub struct Unit {
    pub province: Province,
    pub kind: Kind,
    pub variants: Vec<Variant>,
}

/// One of the 34 units in force since 1 July 2025.
#[cfg(test)]
#[derive(Debug, Clone)]
pub struct Unit2025 {
    pub name: &'static str,
    pub merged_from: Vec<&'static str>,
}

/// The 63 units, in GSO code order.
pub static UNITS: LazyLock<Vec<Unit>> = LazyLock::new(|| parse_units(PROVINCES_TSV));

/// The 34 units formed on 1 July 2025, in GSO code order.
#[cfg(test)]
pub static UNITS_2025: LazyLock<Vec<Unit2025>> =
    LazyLock::new(|| parse_units_2025(PROVINCES_2025_TSV));

fn kind_of(type_name: &str) -> Kind {
    if type_name.starts_with("thành phố") {
        Kind::City
    } else {
        Kind::Province
    }
}

/// Data rows of a TSV: the header and blank lines skipped, fields split on tabs.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::trim).collect())
}

fn parse_units(tsv: &'static str) -> Vec<Unit> {
    rows(tsv)
        .map(|fields| {
            let field = |i: usize| fields.get(i).copied().unwrap_or("");
            let variants = field(4)
                .split('|')
                .filter(|v| !v.is_empty())
                .map(|v| match v.strip_suffix('*') {
                    Some(spelling) => Variant {
                        spelling,
                        ambiguous: true,
                    },
                    None => Variant {
                        spelling: v,
                        ambiguous: false,
                    },
                })
                .collect();
            Unit {
                province: Province {
                    name: field(1),
                    code: field(0),
                    successor_2025: field(3),
                },
                kind: kind_of(field(2)),
                variants,
            }
        })
        .collect()
}

#[cfg(test)]
fn parse_units_2025(tsv: &'static str) -> Vec<Unit2025> {
    rows(tsv)
        .map(|fields| {
            let field = |i: usize| fields.get(i).copied().unwrap_or("");
            Unit2025 {
                name: field(0),
                merged_from: field(3).split('|').filter(|v| !v.is_empty()).collect(),
            }
        })
        .collect()
}

/// The 2025 unit named `name`.
#[cfg(test)]
pub fn unit_2025(name: &str) -> Option<&'static Unit2025> {
    UNITS_2025.iter().find(|unit| unit.name == name)
}

/// The label a unit's official portal uses before ".gov.vn": the name without
/// diacritics or spaces ("sonla.gov.vn", "angiang.gov.vn", "backan.gov.vn"),
/// plus the few portals named otherwise.
pub fn domain_labels(unit: &Unit) -> Vec<String> {
    let mut labels = vec![ascii_slug(unit.province.name)];
    let extra: &[&str] = match unit.province.code {
        // hochiminhcity.gov.vn; tphcm.gov.vn is also in use.
        "79" => &["hochiminhcity", "tphcm"],
        // baria-vungtau.gov.vn keeps the dash.
        "77" => &["baria-vungtau"],
        // hue.gov.vn since the city of Huế became provincial-level.
        "46" => &["hue"],
        _ => &[],
    };
    labels.extend(extra.iter().map(|label| label.to_string()));
    labels
}

/// `name` in lower-case ASCII without spaces or dashes: "Bà Rịa - Vũng Tàu" →
/// "bariavungtau".
pub fn ascii_slug(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let base = strip_diacritic(c.to_lowercase().next().unwrap_or(c));
            base.is_ascii_alphanumeric().then_some(base)
        })
        .collect()
}

/// The ASCII letter under a Vietnamese letter ("ắ" → 'a', "đ" → 'd'); other
/// characters are returned unchanged.
fn strip_diacritic(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    GROUPS
        .iter()
        .find(|(_, marked)| marked.contains(c))
        .map_or(c, |(base, _)| *base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_three_units_and_thirty_four_successors() {
        assert_eq!(UNITS.len(), 63);
        assert_eq!(UNITS_2025.len(), 34);
        let mut codes: Vec<&str> = UNITS.iter().map(|u| u.province.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 63, "codes are unique and sorted");
        for unit in UNITS.iter() {
            assert_eq!(unit.province.code.len(), 2, "{}", unit.province.name);
            assert!(!unit.province.name.starts_with("tỉnh"));
        }
    }

    #[test]
    fn every_successor_is_one_of_the_34_and_lists_its_old_unit() {
        for unit in UNITS.iter() {
            let successor = unit_2025(unit.province.successor_2025).unwrap_or_else(|| {
                panic!(
                    "{}: no 2025 unit {}",
                    unit.province.name, unit.province.successor_2025
                )
            });
            assert!(
                successor.merged_from.contains(&unit.province.name),
                "{} not listed under {}",
                unit.province.name,
                successor.name
            );
        }
        // And every old unit listed under a 2025 unit exists and points back to it.
        let listed: usize = UNITS_2025.iter().map(|u| u.merged_from.len()).sum();
        assert_eq!(listed, 63);
        for new in UNITS_2025.iter() {
            for old in &new.merged_from {
                let unit = UNITS.iter().find(|u| u.province.name == *old).unwrap();
                assert_eq!(unit.province.successor_2025, new.name);
            }
        }
    }

    #[test]
    fn domain_labels_follow_the_portal_names() {
        let label = |name: &str| {
            let unit = UNITS.iter().find(|u| u.province.name == name).unwrap();
            domain_labels(unit)[0].clone()
        };
        assert_eq!(label("Sơn La"), "sonla");
        assert_eq!(label("An Giang"), "angiang");
        assert_eq!(label("Bắc Kạn"), "backan");
        assert_eq!(label("Đắk Lắk"), "daklak");
        assert_eq!(label("Thừa Thiên Huế"), "thuathienhue");
        assert_eq!(label("Bà Rịa - Vũng Tàu"), "bariavungtau");
    }
}
