//! Each conferral once: restatements, totals of the others and awards
//! without numbers beside the same ones with numbers are dropped.
//!
//! Statements are looked up by award and counts, and the awards' totals
//! summed once: a page of thousands of awards compared each with every other
//! kept one, which cost time in the square of their number.

use foldhash::HashMap;

use super::{Award, GENERIC};

/// The counts that make two statements of one award the same.
type Key = (Option<u32>, Option<u32>, Option<u32>);

fn key(a: &Award) -> Key {
    (a.collectives, a.individuals, a.count)
}

fn numbered(a: &Award) -> bool {
    a.collectives.is_some() || a.individuals.is_some() || a.count.is_some()
}

/// Each conferral once: a statement restated (same award and counts, no
/// other giver; the first is kept, with the giver a restatement names), a
/// total of the others ("Khen thưởng 49 cá nhân" over 24, 20 and 5), an award
/// without numbers restated with them or more precisely ("danh hiệu chiến sĩ
/// thi đua" beside "danh hiệu chiến sĩ thi đua cơ sở"), and "khen thưởng"
/// without numbers beside a named award are dropped.
pub(super) fn consolidate(found: Vec<Award>) -> Vec<Award> {
    let kept = restatements_dropped(found);
    let drop = dropped_beside_others(&kept);
    kept.into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(a, _)| a)
        .collect()
}

/// The statements kept in order, each restated one merged into the first
/// it restates (the first whose giver is unknown, or either's, or the same).
fn restatements_dropped(found: Vec<Award>) -> Vec<Award> {
    let mut kept: Vec<Award> = Vec::with_capacity(found.len());
    // Award → counts → the kept statements with them, in order.
    let mut index: HashMap<String, HashMap<Key, Vec<usize>>> = HashMap::default();
    for a in found {
        let same = index
            .get(a.award.as_str())
            .and_then(|by_key| by_key.get(&key(&a)))
            .and_then(|at| {
                at.iter().copied().find(|&i| {
                    let k = &kept[i];
                    k.giver.is_none() || a.giver.is_none() || k.giver == a.giver
                })
            });
        match same {
            // The restatement may name the giver the first one left out.
            Some(i) => {
                if kept[i].giver.is_none() {
                    kept[i].giver = a.giver;
                }
            }
            None => {
                index
                    .entry(a.award.clone())
                    .or_default()
                    .entry(key(&a))
                    .or_default()
                    .push(kept.len());
                kept.push(a);
            }
        }
    }
    kept
}

/// The numbered statements of one award: how many, and their sums.
#[derive(Default)]
struct Totals {
    numbered: usize,
    collectives: u32,
    individuals: u32,
    count: u32,
}

/// For each kept statement, whether it goes: a total of two or more others
/// of its award, or one without numbers beside the same award with numbers,
/// a more precise one, or (for "khen thưởng") any named award.
fn dropped_beside_others(kept: &[Award]) -> Vec<bool> {
    // Sums wrap as the sums they replace did in a release build.
    let mut totals: HashMap<&str, Totals> = HashMap::default();
    for a in kept.iter().filter(|a| numbered(a)) {
        let t = totals.entry(a.award.as_str()).or_default();
        t.numbered += 1;
        t.collectives = t.collectives.wrapping_add(a.collectives.unwrap_or(0));
        t.individuals = t.individuals.wrapping_add(a.individuals.unwrap_or(0));
        t.count = t.count.wrapping_add(a.count.unwrap_or(0));
    }
    // The awards named, sorted: those a name is the start of follow it.
    let mut names: Vec<&str> = kept.iter().map(|a| a.award.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let named_beyond = |award: &str| {
        let prefix = format!("{award} ");
        let from = names.partition_point(|n| *n < prefix.as_str());
        names.get(from).is_some_and(|n| n.starts_with(&prefix))
    };
    let any_named = names.iter().any(|n| *n != GENERIC);
    kept.iter()
        .map(|a| {
            let t = totals.get(a.award.as_str());
            if !numbered(a) {
                return t.is_some() || named_beyond(&a.award) || (a.award == GENERIC && any_named);
            }
            // Those of `t` but `a` (numbered, so counted there): two or more.
            let Some(t) = t else { return false };
            t.numbered > 2
                && t.collectives.wrapping_sub(a.collectives.unwrap_or(0))
                    == a.collectives.unwrap_or(0)
                && t.individuals.wrapping_sub(a.individuals.unwrap_or(0))
                    == a.individuals.unwrap_or(0)
                && t.count.wrapping_sub(a.count.unwrap_or(0)) == a.count.unwrap_or(0)
        })
        .collect()
}

#[cfg(test)]
mod tests;
