//! Linking unnamed chair references ("Chủ tịch UBND tỉnh yêu cầu …") to the
//! named chair they stand for, in one sweep over the text.
//!
//! The rule (`linked_by_scan` in the tests is its plain statement, and the
//! oracle this file is tested against): a reference stands for a person who
//! chairs a body whose key is the reference's, or the reference's with a
//! place after it, or the reference's without the place after it ("ủy ban
//! nhân dân" and "ủy ban nhân dân đà nẵng", but not "ủy ban nhân dân huyện",
//! a lower level: `same_body` in the tests); of those, the one whose mention
//! (or linked reference) comes last before the reference, else the first
//! such person. A linked reference counts as a mention for the ones after it.
//!
//! The plain statement scans every mention for every reference, and tests
//! every candidate for each: alternating named and unnamed chair sentences
//! cost 44 times the normal time per MB at 8 MB. Here each mention and each
//! reference is handled once: a mention updates the latest mention held by
//! each body key its person chairs and by each of those keys' prefixes that
//! a place follows; a reference reads its own key's entries and its
//! prefixes'. Keys have a handful of words, so the work is linear in the
//! text.

use foldhash::HashMap;

use super::UnnamedChair;

/// A counted mention: (person index, byte offset, presided).
pub type Hit = (usize, usize, bool);

/// What the mentions before a reference say about one key.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The lowest person index among its people: the fallback.
    first: usize,
    /// The last mention of one of its people so far, as (offset, order in
    /// `hits`, person): the later in `hits` wins at one offset, as in the
    /// plain scan.
    latest: Option<(usize, usize, usize)>,
}

/// The people each key reaches and their latest mention, for the two ways a
/// reference's key `r` may match a chaired key `k`: `k == r` or `k` is `r`
/// plus a place ("exact" entries, looked up by `r` and by its prefixes), and
/// `r` is `k` plus a place ("extended" entries, by `r` itself).
struct Index<'a> {
    entries: Vec<Entry>,
    exact: HashMap<&'a str, usize>,
    extended: HashMap<&'a str, usize>,
    /// The entries each person's mention updates.
    updates: Vec<Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(chaired: &'a [Vec<String>]) -> Self {
        let mut index = Index {
            entries: Vec::new(),
            exact: HashMap::default(),
            extended: HashMap::default(),
            updates: vec![Vec::new(); chaired.len()],
        };
        for (person, keys) in chaired.iter().enumerate() {
            for key in keys {
                let id = index.entry(person, key.as_str(), false);
                index.updates[person].push(id);
                for prefix in place_prefixes(key) {
                    let id = index.entry(person, prefix, true);
                    index.updates[person].push(id);
                }
            }
            index.updates[person].sort_unstable();
            index.updates[person].dedup();
        }
        index
    }

    /// The entry of `key` (an extended one when `extended`), made at its
    /// first person, who is then the lowest index it has.
    fn entry(&mut self, person: usize, key: &'a str, extended: bool) -> usize {
        let map = if extended {
            &mut self.extended
        } else {
            &mut self.exact
        };
        *map.entry(key).or_insert_with(|| {
            self.entries.push(Entry {
                first: person,
                latest: None,
            });
            self.entries.len() - 1
        })
    }

    /// Counts hit number `order` in `hits` for its person's keys.
    fn add(&mut self, order: usize, &(person, at, _): &Hit) {
        let Some(updates) = self.updates.get(person) else {
            return;
        };
        for &id in updates {
            let latest = &mut self.entries[id].latest;
            if latest.is_none_or(|(a, o, _)| (at, order) > (a, o)) {
                *latest = Some((at, order, person));
            }
        }
    }

    /// The person a reference with body key `key` stands for.
    fn resolve(&self, key: &str) -> Option<usize> {
        let found = std::iter::once(self.exact.get(key))
            .chain(std::iter::once(self.extended.get(key)))
            .chain(place_prefixes(key).map(|prefix| self.exact.get(prefix)))
            .flatten()
            .map(|&id| self.entries[id]);
        let mut latest: Option<(usize, usize, usize)> = None;
        let mut first: Option<usize> = None;
        for entry in found {
            latest = latest.max(entry.latest);
            first = Some(first.map_or(entry.first, |f| f.min(entry.first)));
        }
        latest.map(|(_, _, person)| person).or(first)
    }
}

/// The word prefixes of `key` after which a place follows, not a lower level
/// (the `short` keys `same_body` accepts with `key` as the long one).
fn place_prefixes(key: &str) -> impl Iterator<Item = &str> {
    key.match_indices(' ').filter_map(|(at, _)| {
        let next = key[at..].split_whitespace().next()?;
        (!LEVELS.contains(&next)).then_some(&key[..at])
    })
}

/// Words after a body that make another body, of a lower level.
const LEVELS: &[&str] = &["huyện", "quận", "xã", "phường", "thị", "cấp", "các"];

/// Links each unnamed reference, in text order, to the person it stands for
/// and appends the linked ones to `hits` as mentions. `chaired` holds each
/// person's chaired body keys; `hits` the mentions of the named people.
pub fn link_unnamed(
    chaired: &[Vec<String>],
    hits: &mut Vec<Hit>,
    unnamed: &[UnnamedChair],
) -> Vec<Option<usize>> {
    let mut index = Index::new(chaired);
    let named = hits.len();
    let mut by_offset: Vec<usize> = (0..named).collect();
    by_offset.sort_by_key(|&i| hits[i].1);
    let mut next_named = 0;
    let mut next_linked = named;
    let mut links = Vec::with_capacity(unnamed.len());
    for u in unnamed {
        // Every mention before the reference, and no other, has been counted.
        while let Some(&i) = by_offset.get(next_named).filter(|&&i| hits[i].1 < u.at) {
            index.add(i, &hits[i]);
            next_named += 1;
        }
        while next_linked < hits.len() && hits[next_linked].1 < u.at {
            index.add(next_linked, &hits[next_linked]);
            next_linked += 1;
        }
        debug_assert!(
            next_linked == hits.len() || hits[next_linked].1 == u.at,
            "references in text order"
        );
        let link = index.resolve(&u.body_key);
        if let Some(person) = link {
            hits.push((person, u.at, u.presided));
        }
        links.push(link);
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    /// True when body key `long` is `short` with a place name after it ("ủy ban
    /// nhân dân đà nẵng" and "ủy ban nhân dân"), not a lower level ("… huyện",
    /// "… cấp huyện", "… các huyện") which is another body.
    fn same_body(short: &str, long: &str) -> bool {
        super::super::is_word_prefix(short, long)
            && long[short.len()..]
                .split_whitespace()
                .next()
                .is_some_and(|w| !LEVELS.contains(&w))
    }

    /// The rule as first written: for each reference, every candidate
    /// person, and every mention before it.
    fn linked_by_scan(chaired: &[Vec<String>], hits: &[Hit], u: &UnnamedChair) -> Option<usize> {
        let matches = |keys: &[String]| {
            keys.iter()
                .any(|k| *k == u.body_key || same_body(k, &u.body_key) || same_body(&u.body_key, k))
        };
        let candidates: Vec<usize> = (0..chaired.len())
            .filter(|&i| matches(&chaired[i]))
            .collect();
        let before = hits
            .iter()
            .filter(|h| h.1 < u.at && candidates.contains(&h.0))
            .max_by_key(|h| h.1)
            .map(|h| h.0);
        before.or_else(|| candidates.first().copied())
    }

    /// [`link_unnamed`] by the plain scan.
    fn link_by_scan(
        chaired: &[Vec<String>],
        hits: &mut Vec<Hit>,
        unnamed: &[UnnamedChair],
    ) -> Vec<Option<usize>> {
        let mut links = Vec::new();
        for u in unnamed {
            let link = linked_by_scan(chaired, hits, u);
            if let Some(person) = link {
                hits.push((person, u.at, u.presided));
            }
            links.push(link);
        }
        links
    }

    fn reference(body_key: &str, at: usize) -> UnnamedChair {
        UnnamedChair {
            body_key: body_key.to_owned(),
            at,
            presided: false,
        }
    }

    #[test]
    fn the_last_chair_mentioned_before_else_the_first() {
        let chaired = vec![
            vec!["ủy ban nhân dân".to_owned()],
            vec!["ủy ban nhân dân đà nẵng".to_owned()],
            vec!["hội đồng nhân dân".to_owned()],
            vec!["ủy ban nhân dân huyện".to_owned()],
        ];
        let mut hits = vec![
            (0, 10, false),
            (1, 50, false),
            (2, 70, false),
            (3, 80, false),
        ];
        let unnamed = [
            reference("ủy ban nhân dân", 5),
            reference("ủy ban nhân dân", 60),
            reference("ủy ban nhân dân đà nẵng", 90),
            reference("hội đồng nhân dân", 95),
            reference("mặt trận tổ quốc", 99),
        ];
        let links = link_unnamed(&chaired, &mut hits, &unnamed);
        assert_eq!(links, [Some(0), Some(1), Some(1), Some(2), None]);
        assert_eq!(hits.len(), 8);
    }

    #[test]
    fn prefixes_stop_at_lower_levels() {
        let prefixes: Vec<&str> = place_prefixes("ủy ban nhân dân đà nẵng").collect();
        assert_eq!(
            prefixes,
            [
                "ủy",
                "ủy ban",
                "ủy ban nhân",
                "ủy ban nhân dân",
                "ủy ban nhân dân đà"
            ]
        );
        let prefixes: Vec<&str> = place_prefixes("ủy ban nhân dân huyện lục ngạn").collect();
        assert_eq!(
            prefixes,
            [
                "ủy",
                "ủy ban",
                "ủy ban nhân",
                "ủy ban nhân dân huyện",
                "ủy ban nhân dân huyện lục"
            ]
        );
        for (short, long) in [
            ("ủy ban nhân dân", "ủy ban nhân dân đà nẵng"),
            ("a", "a b c"),
        ] {
            assert!(place_prefixes(long).any(|p| p == short) == same_body(short, long));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The sweep links every reference as the plain scan does, with the
        /// same mentions appended, for keys that are prefixes of one another
        /// with and without lower levels, offsets that tie, and references
        /// before, between and after the mentions.
        #[test]
        fn the_sweep_links_as_the_scan_does(
            people in proptest::collection::vec(
                proptest::collection::vec(0usize..8, 0..3), 0..6),
            hit_list in proptest::collection::vec((0usize..7, 0usize..40), 0..12),
            refs in proptest::collection::vec((0usize..8, 0usize..40), 0..10),
        ) {
            const KEYS: [&str; 8] = [
                "ủy ban nhân dân",
                "ủy ban nhân dân đà nẵng",
                "ủy ban nhân dân huyện",
                "ủy ban nhân dân huyện lục ngạn",
                "hội đồng nhân dân",
                "hội đồng",
                "",
                "ủy ban",
            ];
            let chaired: Vec<Vec<String>> = people
                .iter()
                .map(|keys| keys.iter().map(|&k| KEYS[k].to_owned()).collect())
                .collect();
            let hits: Vec<Hit> = hit_list
                .iter()
                .filter(|(p, _)| *p < people.len())
                .map(|&(p, at)| (p, at, at % 3 == 0))
                .collect();
            let mut refs = refs;
            refs.sort_by_key(|r| r.1);
            let unnamed: Vec<UnnamedChair> = refs.iter().map(|&(k, at)| reference(KEYS[k], at)).collect();
            let (mut swept, mut scanned) = (hits.clone(), hits);
            let a = link_unnamed(&chaired, &mut swept, &unnamed);
            let b = link_by_scan(&chaired, &mut scanned, &unnamed);
            proptest::prop_assert_eq!(a, b);
            proptest::prop_assert_eq!(swept, scanned);
        }
    }
}
