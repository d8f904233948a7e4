//! The province automaton's search: the aho-corasick DFA's transitions
//! copied into one flat table, walked by a loop of our own.
//!
//! Replaces the library's own search over the same DFA (`AhoCorasick` built
//! as a DFA, leftmost-longest, ASCII case ignored, `find_iter`): its loop
//! reloads its table and checks two bounds per byte, about 18 instructions a
//! byte over every byte of every text. The matches are the library's, in the
//! same order (leftmost-longest, each search resuming at the previous match's
//! end), with one departure the rules ask for: a line break reads as a space
//! (rule 1 of `matcher.rs`, a name wrapped over two lines).
//!
//! Oracle, in the tests below: the library's DFA and its search. The table
//! follows the DFA from every state on every byte (dead to dead, match to
//! match with the same pattern and length); its matches equal the library's
//! on the seed fixtures, as written and upper-cased, and on generated texts
//! of overlapping, nested and cut spellings in any case (proptest).
//!
//! Gain, in instructions on the 3,000-file generated archive:
//! - 5520992, the table and its loop: 11 instructions a byte where the
//!   library's took 18; `matcher::find` 398 M -> 305 M (the search 325 M ->
//!   202 M; building, once, 73 M -> 103 M);
//! - 035b116, one column for both ASCII cases of a letter: building 103 M ->
//!   98 M;
//! - dc93ac9, 0a3cb0a, 42f6977 and 42a6aec, two, four, eight then sixteen
//!   bytes a turn: `Table::find_at` 194 M -> 168 M (11 -> 9.7 a byte),
//!   168.3 M -> 155.0 M, 137.4 M -> 131.0 M, 131.0 M -> 128.3 M;
//! - 3155b53, a power-of-two table whose index is masked in place of a
//!   bounds check: 155.0 M -> 137.4 M.
//!
//! About 7.3 instructions a byte since 42a6aec. Tried and left out (README,
//! Performance): 16-bit cells, a third fewer of the table's data-cache
//! misses for 17 M more instructions, no faster by the clock.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// The automaton over the case forms: a DFA, as no prefilter helps with
/// hundreds of patterns.
pub(super) fn dfa(forms: &[String]) -> DFA {
    aho_corasick::dfa::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(forms)
        .expect("the province automaton is small and valid")
}

/// A match of [`Table`]: the automaton pattern and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub(super) pattern: usize,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The DFA's transitions copied into one flat table with a search loop of
/// our own (see the module doc).
pub(super) struct Table {
    /// Byte → column: each byte that occurs in a case form has its own, one
    /// for both ASCII cases of a letter; every other byte leads every state
    /// where the same one does, so they share column 0.
    // PERF: fewer columns, a smaller table to build and to cache (035b116).
    classes: [u8; 256],
    /// `trans[state + class]`: the next state. States are row offsets (a
    /// multiple of the row length); 0 is dead, then the match states.
    // PERF: a fixed power-of-two length lets the search mask its index (one
    // `and`) where a bounds check took a compare and a branch a byte
    // (3155b53).
    trans: Box<[u32; TRANS_LEN]>,
    /// States below this are dead or match states.
    // PERF: dead and match rows first, so the search tells both from the
    // rest with one comparison a byte.
    special: u32,
    /// log2 of the row length.
    stride2: u32,
    start: u32,
    /// Per match state (row index less one): its pattern and that pattern's
    /// length.
    matches: Vec<(u32, u32)>,
}

const DEAD: u32 = 0;

/// The length of [`Table::trans`]: the next power of two above the 872,448
/// cells in use (a build-time assert says if that changes). The cells past
/// them are never touched, so they cost no memory the table did not.
const TRANS_LEN: usize = 1 << 20;

/// Hashes a state id for the table's construction.
// PERF: one multiply, as the ids are distinct small integers.
#[derive(Default)]
struct StateHasher(u64);

impl Hasher for StateHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Table {
    pub(super) fn new(dfa: &DFA, forms: &[String]) -> Table {
        let mut classes = [0u8; 256];
        let mut representatives = vec![0u8];
        for byte in forms.iter().flat_map(|form| form.bytes()) {
            if classes[usize::from(byte)] == 0 {
                let class = u8::try_from(representatives.len()).expect("under 256 distinct bytes");
                // The automaton ignores ASCII case: both cases share a column.
                classes[usize::from(byte.to_ascii_lowercase())] = class;
                classes[usize::from(byte.to_ascii_uppercase())] = class;
                representatives.push(byte);
            }
        }
        // A line break between two syllables is the space of a name wrapped
        // over two lines ("từ Hà\nNội"); `find` checks that the line was.
        classes[usize::from(b'\n')] = classes[usize::from(b' ')];
        // Column 0 needs a byte of no form as its representative.
        representatives[0] = (0..=255)
            .find(|&b| classes[usize::from(b)] == 0)
            .expect("some byte is in no form");
        let stride2 = representatives.len().next_power_of_two().trailing_zeros();
        // Every state reachable from the start, in the order first reached,
        // and for each its next state per column, as an index in that order.
        let start = dfa.start_state(Anchored::No).expect("unanchored");
        let mut order: HashMap<StateID, u32, BuildHasherDefault<StateHasher>> = HashMap::default();
        order.insert(start, 0);
        let mut states = vec![start];
        let mut nexts: Vec<u32> = Vec::new();
        let mut i = 0;
        while i < states.len() {
            let sid = states[i];
            // PERF: most columns lead where the one before did: look that up
            // once.
            let mut last: Option<(StateID, u32)> = None;
            for &byte in &representatives {
                let next = dfa.next_state(Anchored::No, sid, byte);
                let index = match last {
                    Some((seen, index)) if seen == next => index,
                    _ => *order.entry(next).or_insert_with(|| {
                        states.push(next);
                        u32::try_from(states.len() - 1).expect("small table")
                    }),
                };
                last = Some((next, index));
                nexts.push(index);
            }
            i += 1;
        }
        // Rows: dead first (row 0, present even if never reached), then the
        // match states, then the rest.
        let mut row = vec![0u32; states.len()];
        let mut rows = 1;
        let mut matches = Vec::new();
        for (i, &sid) in states.iter().enumerate() {
            if dfa.is_match(sid) {
                row[i] = rows;
                rows += 1;
                let pattern = dfa.match_pattern(sid, 0);
                let len = dfa.pattern_len(pattern);
                matches.push((
                    u32::try_from(pattern.as_usize()).expect("small"),
                    u32::try_from(len).expect("small"),
                ));
            }
        }
        for (i, &sid) in states.iter().enumerate() {
            if !dfa.is_dead(sid) && !dfa.is_match(sid) {
                row[i] = rows;
                rows += 1;
            }
        }
        let offset = |row: u32| row << stride2;
        let columns = representatives.len();
        let used = (rows as usize) << stride2;
        assert!(used <= TRANS_LEN, "the province table needs {used} cells");
        let mut trans: Box<[u32; TRANS_LEN]> = vec![DEAD; TRANS_LEN]
            .into_boxed_slice()
            .try_into()
            .expect("TRANS_LEN cells");
        for (i, nexts) in nexts.chunks_exact(columns).enumerate() {
            let at = offset(row[i]) as usize;
            for (cell, &next) in trans[at..at + columns].iter_mut().zip(nexts) {
                *cell = offset(row[next as usize]);
            }
        }
        Table {
            classes,
            trans,
            special: offset(1 + u32::try_from(matches.len()).expect("small table")),
            stride2,
            start: offset(row[0]),
            matches,
        }
    }

    /// The leftmost-longest match starting at or after `from`, as the
    /// library's DFA search finds it.
    // PERF: not inlined: in its callers the loop ran short of registers.
    #[inline(never)]
    fn find_at(&self, haystack: &[u8], from: usize) -> Option<Found> {
        let (trans, classes) = (&*self.trans, &self.classes);
        let special = self.special as usize;
        let mut state = self.start as usize;
        let mut found = None;
        let mut end = from;
        let next = |state: usize, byte: u8| {
            // PERF: masked, not bounds-checked (see `trans`); the mask never
            // wraps, as states and columns stay inside the table.
            trans[(state + usize::from(classes[usize::from(byte)])) & (TRANS_LEN - 1)] as usize
        };
        loop {
            // The search proper: one lookup and one comparison a byte, until
            // a dead or match state.
            // PERF: 16 bytes a turn, the loop's own count and jump shared by
            // 16 bytes (4 and 8 took more: 42a6aec).
            let mut at = end;
            let mut chunks = haystack[end..].chunks_exact(16);
            let stop = 'scan: {
                for chunk in &mut chunks {
                    for (i, &byte) in chunk.iter().enumerate() {
                        state = next(state, byte);
                        if state < special {
                            break 'scan Some(at + i + 1);
                        }
                    }
                    at += 16;
                }
                for (i, &byte) in chunks.remainder().iter().enumerate() {
                    state = next(state, byte);
                    if state < special {
                        break 'scan Some(at + i + 1);
                    }
                }
                None
            };
            let Some(stop) = stop else {
                return found;
            };
            end = stop;
            if state == DEAD as usize {
                return found;
            }
            let (pattern, len) = self.matches[(state >> self.stride2) - 1];
            found = Some(Found {
                pattern: pattern as usize,
                start: end - len as usize,
                end,
            });
        }
    }

    /// Every match in `text`, each search resuming where the last match ended.
    pub(super) fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Found> + 't {
        let mut from = 0;
        std::iter::from_fn(move || {
            let found = self.find_at(text.as_bytes(), from)?;
            from = found.end;
            Some(found)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};

    use super::super::matcher::{self, case_forms_of_all};
    use super::*;
    use crate::testing::seeds;

    /// The table is the DFA: walking both from their start states, every
    /// byte from every state leads to corresponding states, dead to dead,
    /// match to match with the same pattern.
    #[test]
    fn table_follows_the_dfa_from_every_state_on_every_byte() {
        let forms = case_forms_of_all();
        let dfa = dfa(&forms);
        let table = Table::new(&dfa, &forms);
        let start = dfa.start_state(Anchored::No).unwrap();
        let mut row: HashMap<StateID, u32> = HashMap::from([(start, table.start)]);
        let mut queue = vec![start];
        while let Some(sid) = queue.pop() {
            let state = row[&sid];
            assert_eq!(dfa.is_dead(sid), state == DEAD);
            assert_eq!(dfa.is_match(sid), state != DEAD && state < table.special);
            if dfa.is_match(sid) {
                let (pattern, len) = table.matches[(state >> table.stride2) as usize - 1];
                let want = dfa.match_pattern(sid, 0);
                assert_eq!(pattern as usize, want.as_usize());
                assert_eq!(len as usize, dfa.pattern_len(want));
            }
            if dfa.is_dead(sid) {
                continue;
            }
            for byte in 0..=255u8 {
                // The table reads a line break as a space.
                let read = if byte == b'\n' { b' ' } else { byte };
                let next = dfa.next_state(Anchored::No, sid, read);
                let got =
                    table.trans[state as usize + usize::from(table.classes[usize::from(byte)])];
                match row.get(&next) {
                    Some(&want) => assert_eq!(got, want, "byte {byte}"),
                    None => {
                        row.insert(next, got);
                        queue.push(next);
                    }
                }
            }
        }
        assert!(row.len() > 1000, "{}", row.len());
    }

    fn library_automaton() -> AhoCorasick {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(case_forms_of_all())
            .unwrap()
    }

    fn table_matches(text: &str) -> Vec<(usize, usize, usize)> {
        matcher::table()
            .find_iter(text)
            .map(|m| (m.pattern, m.start, m.end))
            .collect()
    }

    /// The library's matches, reading a line break as a space as the table does.
    fn library_matches(automaton: &AhoCorasick, text: &str) -> Vec<(usize, usize, usize)> {
        automaton
            .find_iter(&text.replace('\n', " "))
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    #[test]
    fn table_search_equals_the_library_search_on_the_seeds() {
        let automaton = library_automaton();
        for text in [
            seeds::SON_LA_2016,
            seeds::BAC_KAN_2017,
            seeds::CCHC_INDEX_2015,
        ] {
            let upper = text.to_uppercase();
            for text in [text, upper.as_str()] {
                let want = library_matches(&automaton, text);
                assert!(!want.is_empty());
                assert_eq!(table_matches(text), want);
            }
        }
    }

    static LIBRARY: LazyLock<AhoCorasick> = LazyLock::new(library_automaton);

    proptest::proptest! {
        /// Overlapping and nested spellings, cut anywhere, in any case.
        #[test]
        fn table_search_equals_the_library_search(
            text in r"((Hà|HÀ|hà|Nam|NAM|nam|Định|định|Ninh|Thái|Bình|bình|Dương|TP|tp|\.|HCM|Hồ|Chí|Minh|Bà|Rịa|Vũng|Tàu|BR|VT|Thừa|Thiên|Huế|Hoà|Hòa|Đắk|Lắk|ĐN|N|n|H|x|[ –—,.-]|[a-zđ]{1,3}|1)( |\n|)){0,14}"
        ) {
            proptest::prop_assert_eq!(table_matches(&text), library_matches(&LIBRARY, &text));
        }
    }
}
