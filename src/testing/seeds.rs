//! The five seed reports of `fixtures/`, named for what each is: the real
//! documents whose facts were read by hand (`fixtures/expected/`), which
//! tests read whole. The benches include this file too (`#[path]`): it
//! must stay free of the crate's items.

/// Sơn La's review of administrative reform (CCHC) and home affairs, 2016.
pub const SON_LA_2016: &str = include_str!("../../fixtures/000_son_la_cchc_2016.txt");
/// Bắc Kạn's online meeting on administrative reform, May 2017.
pub const BAC_KAN_2017: &str = include_str!("../../fixtures/001_bac_kan_cchc_2017.txt");
/// A department's page on scoring the 2015 reform index: no province named.
pub const CCHC_INDEX_2015: &str = include_str!("../../fixtures/002_cchc_index_2015.txt");
/// An Giang's review of administrative reform, 2015.
pub const AN_GIANG_2015: &str = include_str!("../../fixtures/003_an_giang_cchc_2015.txt");
/// Sơn La's satisfaction (SIPAS) and reform indexes, 2022.
pub const SON_LA_SIPAS_2022: &str = include_str!("../../fixtures/004_son_la_sipas_2022.txt");

/// The five, in the order of their file names.
pub const ALL: [&str; 5] = [
    SON_LA_2016,
    BAC_KAN_2017,
    CCHC_INDEX_2015,
    AN_GIANG_2015,
    SON_LA_SIPAS_2022,
];

#[cfg(test)]
mod tests {
    /// `ALL` is every report at the top of `fixtures/`, in the order of
    /// their names: a new seed gets its constant.
    #[test]
    fn all_is_every_seed_report() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect();
        assert_eq!(texts, super::ALL);
    }
}
