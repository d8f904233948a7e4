//! The titles a person holds, merged as mentions add them, with each title
//! compared to the ones already held through an index instead of one by one.
//!
//! The rule (`add_titles_comparing_all` in the tests is its plain statement,
//! and the oracle this file is tested against): titles are one per [`key`];
//! a new title whose key is one already held, or a held key cut at a word
//! boundary, adds nothing ("Chủ tịch UBND tỉnh" after "Chủ tịch Ủy ban nhân
//! dân tỉnh Quảng Ninh"); one whose key is a held key with words added at
//! the end replaces that title in its place ("Chủ tịch UBND tỉnh Quảng Ninh"
//! after "Chủ tịch UBND tỉnh"); any other is added at the end.
//!
//! The plain statement compares each new title with every title held: one
//! person given a new title in every sentence ("ông A, Chủ tịch UBND xã P"
//! with a new commune P each time) made the whole page quadratic: 3.3 s of
//! CPU for 2 MB, 27 times real reports per MB (debug build). Here each key is
//! given an id once per text, with the ids of its word prefixes, and a person
//! holding more than [`FEW`] titles has their keys indexed by id and by
//! prefix id, so a new title costs a lookup per word: 0.26 s for those 2 MB,
//! the same output. A person with few titles (every person in real reports)
//! keeps the plain comparison, by ids rather than strings, and no map.
//!
//! The plain statement takes the first held title that matches either way.
//! No held key is another held key cut at a word boundary (each step keeps
//! that true), so at most one held title can be replaced, and a replaced one
//! and a dominating one never both exist: which matches first does not
//! matter, and the index need not keep the order.

use foldhash::HashMap;

use super::titles::key;

/// The [`key`]s of the titles seen in one text, and of their word prefixes,
/// each given an id: a text repeats its few titles, so each is lowercased,
/// expanded and cut once. Keys are walked word by word, a prefix known by
/// the id of the prefix one word shorter and the id of its last word: a new
/// title hashes each word once, not each of its prefixes whole.
#[derive(Default)]
pub struct KeyMemo {
    /// Each title seen, with its key's id.
    titles: HashMap<String, u32>,
    /// Each word of a key seen, with its id.
    words: HashMap<String, u32>,
    /// Each key and word prefix of a key seen, by the id of the prefix a
    /// word shorter ([`NO_WORDS`] for a first word) and that word's id,
    /// with its id.
    ids: HashMap<(u32, u32), u32>,
    /// By id, the ids of the key's proper word prefixes ("chủ tịch ủy ban"
    /// → "chủ", "chủ tịch", "chủ tịch ủy"); none for a string seen only as
    /// a prefix.
    prefixes: Vec<Option<Box<[u32]>>>,
}

/// What a first word extends: no id is this.
const NO_WORDS: u32 = u32::MAX;

impl KeyMemo {
    /// The id of `title`'s key, computed at its first sight.
    fn title(&mut self, title: &str) -> u32 {
        if let Some(&id) = self.titles.get(title) {
            return id;
        }
        let k = key(title);
        // A key's words are split by single spaces, with no empty word but
        // in the empty key, which is then one empty word.
        let mut path: Vec<u32> = Vec::new();
        let mut id = NO_WORDS;
        // Split at each space by a byte search (as `split(' ')`, empty
        // words kept): a `str` split cost more than hashing the words.
        let mut from = 0;
        let ends = memchr::memchr_iter(b' ', k.as_bytes()).chain([k.len()]);
        for end in ends {
            let word = self.word(&k[from..end]);
            from = end + 1;
            id = self.extend(id, word);
            path.push(id);
        }
        path.pop();
        if self.prefixes[id as usize].is_none() {
            self.prefixes[id as usize] = Some(path.into_boxed_slice());
        }
        self.titles.insert(title.to_owned(), id);
        id
    }

    /// The id of `word`, given at its first sight.
    fn word(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.words.get(word) {
            return id;
        }
        let id = u32::try_from(self.words.len()).expect("fewer than 2^32 words");
        self.words.insert(word.to_owned(), id);
        id
    }

    /// The id of the prefix `prefix` followed by the word `word`, given at
    /// its first sight.
    fn extend(&mut self, prefix: u32, word: u32) -> u32 {
        let next = u32::try_from(self.prefixes.len()).expect("fewer than 2^32 keys");
        let id = *self.ids.entry((prefix, word)).or_insert(next);
        if id == next {
            self.prefixes.push(None);
        }
        id
    }

    /// The proper word prefixes of the key `id`, a title's key.
    fn prefixes(&self, id: u32) -> &[u32] {
        self.prefixes[id as usize].as_deref().unwrap_or_default()
    }
}

/// Titles a person holds before their keys are indexed: real reports give a
/// person one to three, and comparing a few ids costs less than two maps.
const FEW: usize = 8;

/// The keys of one person's titles, indexed once there are more than [`FEW`].
#[derive(Default)]
pub struct Held {
    /// The key id of each title, in step with the titles.
    keys: Vec<u32>,
    index: Option<Box<Index>>,
}

#[derive(Default)]
struct Index {
    /// Where each held key is in the titles.
    at: HashMap<u32, usize>,
    /// How many held keys each proper word prefix cuts.
    cut: HashMap<u32, usize>,
}

/// What a new title's key does to the titles held.
#[derive(Debug, PartialEq)]
enum Place {
    /// It is held, or a held key cut at a word boundary: nothing.
    Held,
    /// The held key at this place is it cut at a word boundary: replaced.
    Replaces(usize),
    /// Added at the end.
    New,
}

impl Held {
    fn place(&self, memo: &KeyMemo, id: u32) -> Place {
        let Some(index) = &self.index else {
            // The plain statement, with the words of keys compared by id.
            for (at, &old) in self.keys.iter().enumerate() {
                if old == id || memo.prefixes(old).contains(&id) {
                    return Place::Held;
                }
                if memo.prefixes(id).contains(&old) {
                    return Place::Replaces(at);
                }
            }
            return Place::New;
        };
        if index.at.contains_key(&id) || index.cut.contains_key(&id) {
            return Place::Held;
        }
        memo.prefixes(id)
            .iter()
            .find_map(|prefix| index.at.get(prefix))
            .map_or(Place::New, |&at| Place::Replaces(at))
    }

    fn replace(&mut self, memo: &KeyMemo, at: usize, id: u32) {
        let old = std::mem::replace(&mut self.keys[at], id);
        if let Some(index) = &mut self.index {
            index.remove(memo, old);
            index.insert(memo, id, at);
        }
    }

    fn push(&mut self, memo: &KeyMemo, id: u32) {
        self.keys.push(id);
        match &mut self.index {
            Some(index) => index.insert(memo, id, self.keys.len() - 1),
            None if self.keys.len() > FEW => {
                let mut index = Index::default();
                for (at, &key) in self.keys.iter().enumerate() {
                    index.insert(memo, key, at);
                }
                self.index = Some(Box::new(index));
            }
            None => {}
        }
    }
}

impl Index {
    fn insert(&mut self, memo: &KeyMemo, id: u32, at: usize) {
        self.at.insert(id, at);
        for &prefix in memo.prefixes(id) {
            *self.cut.entry(prefix).or_default() += 1;
        }
    }

    fn remove(&mut self, memo: &KeyMemo, id: u32) {
        self.at.remove(&id);
        for prefix in memo.prefixes(id) {
            if let Some(count) = self.cut.get_mut(prefix) {
                *count -= 1;
                if *count == 0 {
                    self.cut.remove(prefix);
                }
            }
        }
    }
}

/// Adds `new` titles to `titles`, one per key; a title that only adds words
/// at the end of one already there ("Chủ tịch UBND tỉnh Quảng Ninh" after
/// "Chủ tịch UBND tỉnh") replaces it. `held` holds the keys of `titles`,
/// kept in step; both start empty for each person.
pub fn add_titles(titles: &mut Vec<String>, held: &mut Held, memo: &mut KeyMemo, new: &[String]) {
    for title in new {
        let id = memo.title(title);
        match held.place(memo, id) {
            Place::Held => {}
            Place::Replaces(at) => {
                titles[at].clone_from(title);
                held.replace(memo, at, id);
            }
            Place::New => {
                titles.push(title.clone());
                held.push(memo, id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::is_word_prefix;
    use super::*;

    /// The rule as first written: each new title compared with every title
    /// held, in order, the first that matches either way deciding.
    fn add_titles_comparing_all(titles: &mut Vec<String>, keys: &mut Vec<String>, new: &[String]) {
        for title in new {
            let k = key(title);
            let mut dominated = false;
            for (old, old_key) in titles.iter_mut().zip(keys.iter_mut()) {
                if *old_key == k || is_word_prefix(&k, old_key) {
                    dominated = true;
                    break;
                }
                if is_word_prefix(old_key, &k) {
                    old.clone_from(title);
                    old_key.clone_from(&k);
                    dominated = true;
                    break;
                }
            }
            if !dominated {
                titles.push(title.clone());
                keys.push(k);
            }
        }
    }

    fn owned(titles: &[&str]) -> Vec<String> {
        titles.iter().map(|&t| t.to_owned()).collect()
    }

    /// A key has one id however its title is written, and its word
    /// prefixes are the ids of the shorter keys; word order counts.
    #[test]
    fn keys_and_their_prefixes_share_ids() {
        let mut memo = KeyMemo::default();
        // "chủ tịch ủy ban nhân dân tỉnh": seven words, six proper prefixes.
        let long = memo.title("Chủ tịch UBND tỉnh");
        let chair = memo.title("chủ tịch");
        let body = memo.title("Chủ tịch Ủy ban nhân dân");
        assert_eq!(memo.title("CHỦ TỊCH ủy ban nhân dân tỉnh"), long);
        assert_eq!(memo.prefixes(long).len(), 6);
        assert_eq!(memo.prefixes(long)[1], chair);
        assert_eq!(memo.prefixes(long)[5], body);
        assert_eq!(memo.prefixes(chair), &memo.prefixes(long)[..1]);
        assert_ne!(memo.title("tịch chủ"), chair);
        let empty = memo.title("");
        assert_eq!(memo.title(","), empty);
        assert!(memo.prefixes(empty).is_empty());
    }

    #[test]
    fn a_longer_title_replaces_a_shorter_one_in_its_place() {
        let (mut titles, mut held, mut memo) = (Vec::new(), Held::default(), KeyMemo::default());
        let mut add = |new: &[&str]| add_titles(&mut titles, &mut held, &mut memo, &owned(new));
        add(&["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]);
        add(&["Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"]);
        add(&["Chủ tịch UBND tỉnh", "chủ tịch ubnd tỉnh quảng ninh"]);
        add(&["Trưởng đoàn ĐBQH tỉnh"]);
        assert_eq!(
            titles,
            [
                "Phó Bí thư Tỉnh ủy",
                "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh",
                "Trưởng đoàn ĐBQH tỉnh"
            ]
        );
    }

    #[test]
    fn many_titles_are_merged_by_the_index_alike() {
        const COMMUNES: [&str; 12] = [
            "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Nam",
            "Phong",
        ];
        let (mut titles, mut held, mut memo) = (Vec::new(), Held::default(), KeyMemo::default());
        for commune in COMMUNES {
            let title = format!("Chủ tịch UBND xã {commune}");
            add_titles(&mut titles, &mut held, &mut memo, &[title]);
        }
        assert!(held.index.is_some());
        let more = owned(&[
            "Chủ tịch Ủy ban nhân dân xã Bình",
            "Chủ tịch UBND xã",
            "Chủ tịch UBND xã Long Hưng",
            "Phó Chủ tịch UBND xã An",
        ]);
        add_titles(&mut titles, &mut held, &mut memo, &more);
        assert_eq!(titles.len(), 13);
        assert_eq!(titles[9], "Chủ tịch UBND xã Long Hưng");
        assert_eq!(titles[1], "Chủ tịch UBND xã Bình");
        assert_eq!(titles[12], "Phó Chủ tịch UBND xã An");
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// Ids and the index merge every person's titles as comparing them
        /// all does, for titles that are prefixes of one another, written
        /// with and without abbreviations, mentions interleaved between
        /// people, and people holding more titles than [`FEW`].
        #[test]
        fn the_index_merges_as_comparing_all_does(
            mentions in proptest::collection::vec(
                (0usize..3, proptest::collection::vec(
                    proptest::collection::vec(0usize..9, 0..5), 0..4)),
                0..40),
        ) {
            const WORDS: [&str; 9] = [
                "Chủ tịch", "UBND", "Ủy ban nhân dân", "tỉnh", "xã", "An", "Bình", "Phó", "ubnd,",
            ];
            let mut memo = KeyMemo::default();
            let mut fast: Vec<(Vec<String>, Held)> = (0..3).map(|_| (Vec::new(), Held::default())).collect();
            let mut plain: Vec<(Vec<String>, Vec<String>)> = vec![(Vec::new(), Vec::new()); 3];
            for (person, titles) in &mentions {
                let new: Vec<String> = titles
                    .iter()
                    .map(|words| words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" "))
                    .collect();
                let (titles, held) = &mut fast[*person];
                add_titles(titles, held, &mut memo, &new);
                let (titles, keys) = &mut plain[*person];
                add_titles_comparing_all(titles, keys, &new);
                proptest::prop_assert_eq!(&fast[*person].0, &plain[*person].0);
            }
        }
    }
}
