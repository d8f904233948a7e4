//! Consolidation: hand-read cases, and the index against the pairwise
//! comparison it replaced.

use super::*;

fn award(name: &str, c: Option<u32>, i: Option<u32>, n: Option<u32>, giver: Option<&str>) -> Award {
    Award {
        text: String::new(),
        award: name.to_string(),
        collectives: c,
        individuals: i,
        count: n,
        giver: giver.map(str::to_string),
        start: 0,
        end: 0,
    }
}

fn names(kept: &[Award]) -> Vec<(&str, Option<u32>, Option<&str>)> {
    kept.iter()
        .map(|a| (a.award.as_str(), a.count, a.giver.as_deref()))
        .collect()
}

#[test]
fn a_restatement_merges_into_the_first_with_a_giver_it_allows() {
    let found = vec![
        award("bằng khen", Some(2), Some(3), Some(5), Some("UBND tỉnh")),
        award("bằng khen", Some(2), Some(3), Some(5), Some("Chính phủ")),
        award("bằng khen", Some(2), Some(3), Some(5), None),
        award("giấy khen", None, None, Some(1), None),
        award("giấy khen", None, None, Some(1), Some("UBND tỉnh")),
    ];
    // The third restates the first (its giver unknown); the fifth names the
    // fourth's giver.
    assert_eq!(
        names(&consolidate(found)),
        [
            ("bằng khen", Some(5), Some("UBND tỉnh")),
            ("bằng khen", Some(5), Some("Chính phủ")),
            ("giấy khen", Some(1), Some("UBND tỉnh")),
        ]
    );
}

#[test]
fn a_total_and_awards_without_numbers_beside_others_go() {
    let found = vec![
        award("khen thưởng", None, Some(49), Some(49), None),
        award("khen thưởng", None, Some(24), Some(24), None),
        award("khen thưởng", None, Some(20), Some(20), None),
        award("khen thưởng", None, Some(5), Some(5), None),
        award("danh hiệu chiến sĩ thi đua", None, None, None, None),
        award("danh hiệu chiến sĩ thi đua cơ sở", None, None, None, None),
        award("cờ thi đua", None, None, None, None),
        award("cờ thi đua", None, None, Some(1), None),
    ];
    // 49 = 24 + 20 + 5 goes; "danh hiệu chiến sĩ thi đua" is said more
    // precisely; the bare "cờ thi đua" beside the counted one.
    assert_eq!(
        names(&consolidate(found)),
        [
            ("khen thưởng", Some(24), None),
            ("khen thưởng", Some(20), None),
            ("khen thưởng", Some(5), None),
            ("danh hiệu chiến sĩ thi đua cơ sở", None, None),
            ("cờ thi đua", Some(1), None),
        ]
    );
    let generic = vec![
        award("khen thưởng", None, None, None, None),
        award("bằng khen", None, None, None, None),
    ];
    assert_eq!(names(&consolidate(generic)), [("bằng khen", None, None)]);
}

/// Awards drawn from a few names, counts and givers by a fixed generator, so
/// restatements, totals and prefixes all occur.
fn drawn(seed: u64, len: usize) -> Vec<Award> {
    let mut state = seed;
    let mut next = |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    let awards = [
        "bằng khen",
        "khen thưởng",
        "danh hiệu chiến sĩ thi đua",
        "danh hiệu chiến sĩ thi đua cơ sở",
        "cờ thi đua",
    ];
    let givers = [None, Some("UBND tỉnh"), Some("Chính phủ")];
    (0..len)
        .map(|_| {
            let mut count = || match next(4) {
                0 => None,
                n => Some(n as u32),
            };
            let (c, i, n) = (count(), count(), count());
            let name = awards[next(awards.len() as u64) as usize];
            award(name, c, i, n, givers[next(3) as usize])
        })
        .collect()
}

#[test]
fn the_index_keeps_what_the_pairwise_comparison_kept() {
    for seed in 0..300 {
        let found = drawn(seed, 1 + (seed as usize % 40));
        assert_eq!(consolidate(found.clone()), naive(found), "seed {seed}");
    }
}

/// The consolidation as it was: every statement against every other.
fn naive(found: Vec<Award>) -> Vec<Award> {
    let key = |a: &Award| (a.collectives, a.individuals, a.count);
    let mut kept: Vec<Award> = Vec::with_capacity(found.len());
    for a in found {
        let restated = kept.iter_mut().find(|k| {
            k.award == a.award
                && key(k) == key(&a)
                && (k.giver.is_none() || a.giver.is_none() || k.giver == a.giver)
        });
        match restated {
            // The restatement may name the giver the first one left out.
            Some(k) => {
                if k.giver.is_none() {
                    k.giver = a.giver;
                }
            }
            None => kept.push(a),
        }
    }
    let numbered =
        |a: &Award| a.collectives.is_some() || a.individuals.is_some() || a.count.is_some();
    let drop: Vec<bool> = (0..kept.len())
        .map(|i| {
            let a = &kept[i];
            let others = || {
                kept.iter()
                    .enumerate()
                    .filter(move |&(j, _)| j != i)
                    .map(|(_, b)| b)
            };
            if !numbered(a) {
                return others().any(|b| {
                    (b.award == a.award && numbered(b))
                        || b.award.starts_with(&format!("{} ", a.award))
                        || (a.award == GENERIC && b.award != GENERIC)
                });
            }
            let parts: Vec<&Award> = others()
                .filter(|b| b.award == a.award && numbered(b))
                .collect();
            let sum =
                |f: fn(&Award) -> Option<u32>| parts.iter().map(|b| f(b).unwrap_or(0)).sum::<u32>();
            parts.len() >= 2
                && sum(|b| b.collectives) == a.collectives.unwrap_or(0)
                && sum(|b| b.individuals) == a.individuals.unwrap_or(0)
                && sum(|b| b.count) == a.count.unwrap_or(0)
        })
        .collect();
    kept.into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(a, _)| a)
        .collect()
}
