//! People from mentions: repeated mentions of one name merge into one
//! person, a short reference ("ông Thơ") counts for the one full name it
//! ends, unnamed chairs count for the named chair of their body, and the
//! first mention that presided names `presiding` (none in a digest).
//! Chairpersons are the people with a chair title; authors are added last.

use foldhash::HashMap;

use super::authors::add_authors;
use super::held::{Held, KeyMemo, add_titles};
use super::link;
use super::titles::{body_key, chaired_body, held_body, is_chair};
use super::{Chairperson, Mention, People, Person, UnnamedChair};

/// Merges mentions into people, links unnamed chairs, adds authors.
pub(super) fn assemble(text: &str, mentions: Vec<Mention>, unnamed: Vec<UnnamedChair>) -> People {
    let mut people: Vec<Person> = Vec::new();
    // The keys of each person's titles, indexed.
    let mut keys: Vec<Held> = Vec::new();
    let mut memo = KeyMemo::default();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // (person index, byte offset, presided) for each counted mention.
    let mut hits: Vec<link::Hit> = Vec::new();
    for m in mentions.iter().filter(|m| !m.short) {
        let index = person_index(&mut people, &mut keys, &mut memo, &mut by_name, m);
        hits.push((index, m.start, m.chaired.is_some()));
    }
    let mut endings: Option<Endings> = None;
    for m in mentions.iter().filter(|m| m.short) {
        let endings = endings.get_or_insert_with(|| Endings::new(&people));
        if let Some(index) = endings.resolve(&m.name) {
            add_titles(
                &mut people[index].titles,
                &mut keys[index],
                &mut memo,
                &m.titles,
            );
            people[index].mentions += 1;
            hits.push((index, m.start, m.chaired.is_some()));
        } else if m.name.split(' ').count() >= 2 {
            // A full name without a known family name ("bà Yoonhee Kim").
            let known = people.len();
            let index = person_index(&mut people, &mut keys, &mut memo, &mut by_name, m);
            if index == known {
                endings.add(index, &people[index].name);
            }
            hits.push((index, m.start, m.chaired.is_some()));
        }
    }
    // Unnamed chairs count for the named chair of the same body.
    let mut presiders: Vec<(usize, Option<usize>)> = Vec::new();
    // Linking counts mentions but changes no titles: the keys hold throughout.
    let chaired = if unnamed.is_empty() {
        Vec::new()
    } else {
        chaired_body_keys(&people)
    };
    let links = link::link_unnamed(&chaired, &mut hits, &unnamed);
    for (u, link) in unnamed.iter().zip(links) {
        match link {
            Some(index) => people[index].mentions += 1,
            None if u.presided => presiders.push((u.at, None)),
            None => {}
        }
    }
    presiders.extend(
        hits.iter()
            .filter(|h| h.2)
            .map(|&(index, at, _)| (at, Some(index))),
    );
    presiders.sort_by_key(|p| p.0);
    let (presiding, presiding_at) = presiders
        .first()
        .and_then(|&(at, index)| Some((people[index?].name.clone(), at)))
        .filter(|_| !is_digest(text))
        .unzip();
    let mut presided = vec![false; people.len()];
    for &(index, _, chaired) in &hits {
        presided[index] |= chaired;
    }
    let chairpersons = people
        .iter()
        .zip(&presided)
        .filter(|(p, _)| p.titles.iter().any(|title| is_chair(title)))
        .map(|(p, &presided)| Chairperson {
            name: p.name.clone(),
            titles: p.titles.clone(),
            bodies: p
                .titles
                .iter()
                .filter_map(|title| chaired_body(title).map(str::to_owned))
                .collect(),
            presided,
            mentions: p.mentions,
            text: p.text.clone(),
            start: p.start,
            end: p.end,
        })
        .collect();
    add_authors(text, &mut people, &mut by_name);
    // Text order of first mention, whichever pass found the person.
    people.sort_by_key(|p| p.start);
    let mut chairpersons: Vec<Chairperson> = chairpersons;
    chairpersons.sort_by_key(|c| c.start);
    People {
        people,
        chairpersons,
        presiding,
        presiding_at,
    }
}

/// True when the text is a digest of several items, such as a paper's
/// "what is in today's issue": at least two lines end with a page reference
/// ("… (trang 2)"). A digest reports no one main event, so it names nobody
/// who presided over it, whoever chaired one of its items.
pub(super) fn is_digest(text: &str) -> bool {
    let bytes = text.as_bytes();
    let page_reference_ends_line = |at: usize| {
        let rest = &bytes[at + "(trang ".len()..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        digits > 0
            && rest[digits..].first() == Some(&b')')
            && rest[digits + 1..]
                .iter()
                .take_while(|&&b| b != b'\n')
                .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'.'))
    };
    memchr::memmem::find_iter(bytes, "(trang ")
        .filter(|&at| page_reference_ends_line(at))
        .nth(1)
        .is_some()
}

/// The index of the person named by `m`, created at its first mention.
/// `keys` indexes the keys of each person's titles; `by_name` holds each
/// person's index.
fn person_index(
    people: &mut Vec<Person>,
    keys: &mut Vec<Held>,
    memo: &mut KeyMemo,
    by_name: &mut HashMap<String, usize>,
    m: &Mention,
) -> usize {
    if let Some(&index) = by_name.get(&m.name) {
        let p = &mut people[index];
        p.mentions += 1;
        add_titles(&mut p.titles, &mut keys[index], memo, &m.titles);
        return index;
    }
    let mut titles = Vec::new();
    let mut title_keys = Held::default();
    add_titles(&mut titles, &mut title_keys, memo, &m.titles);
    keys.push(title_keys);
    by_name.insert(m.name.clone(), people.len());
    people.push(Person {
        name: m.name.clone(),
        titles,
        role: None,
        mentions: 1,
        text: m.name.clone(),
        start: m.start,
        end: m.end,
    });
    people.len() - 1
}

/// The people's names and the endings of their names after a space ("Huỳnh
/// Đức Thơ", "Đức Thơ", "Thơ"), each with the first person it ends and how
/// many it ends: a short reference resolves by one lookup.
struct Endings {
    found: HashMap<String, (usize, usize)>,
}

impl Endings {
    fn new(people: &[Person]) -> Self {
        let mut endings = Endings {
            found: HashMap::default(),
        };
        for (index, p) in people.iter().enumerate() {
            endings.add(index, &p.name);
        }
        endings
    }

    /// Adds person `index` named `name`, the last person so far.
    fn add(&mut self, index: usize, name: &str) {
        let starts =
            std::iter::once(0).chain(memchr::memchr_iter(b' ', name.as_bytes()).map(|p| p + 1));
        for start in starts {
            self.found
                .entry(name[start..].to_owned())
                .or_insert((index, 0))
                .1 += 1;
        }
    }

    /// The one full name a short reference is or ends ("Thơ" → "Huỳnh Đức
    /// Thơ"), none when it ends several.
    fn resolve(&self, short: &str) -> Option<usize> {
        self.found
            .get(short)
            .and_then(|&(first, count)| (count == 1).then_some(first))
    }
}

/// The body keys of the bodies each person chairs now, in title order.
fn chaired_body_keys(people: &[Person]) -> Vec<Vec<String>> {
    people
        .iter()
        .map(|p| {
            p.titles
                .iter()
                .filter_map(|title| held_body(title))
                .map(body_key)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// True when `short` is `long` without some leading words.
    fn is_word_suffix(short: &str, long: &str) -> bool {
        long.len() > short.len()
            && long.ends_with(short)
            && long[..long.len() - short.len()].ends_with(' ')
    }

    /// A short reference resolved as first written: every person read, the
    /// one whose name is or ends with it, none when several do. The oracle
    /// of [`Endings`].
    fn resolve_by_scan(people: &[Person], short: &str) -> Option<usize> {
        let mut found = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.name == short || is_word_suffix(short, &p.name));
        let first = found.next()?;
        found.next().is_none().then_some(first.0)
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]

        /// The endings map resolves every short reference as reading every
        /// person does, for names that end one another, one-word names and
        /// people added between references, as full names met after the
        /// first short reference are.
        #[test]
        fn endings_resolve_as_reading_every_person_does(
            before in proptest::collection::vec(proptest::collection::vec(0usize..6, 1..4), 0..6),
            steps in proptest::collection::vec(
                (proptest::bool::ANY, proptest::collection::vec(0usize..6, 1..4)), 0..12),
        ) {
            const WORDS: [&str; 6] = ["Nguyễn", "Văn", "An", "Thơ", "Đức", "Huỳnh"];
            let join = |words: &[usize]| words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
            let person = |name: String| Person {
                name: name.clone(),
                titles: Vec::new(),
                role: None,
                mentions: 1,
                text: name,
                start: 0,
                end: 0,
            };
            // People have distinct names: repeated mentions merge by name.
            let mut people: Vec<Person> = Vec::new();
            for name in before.iter().map(|w| join(w)) {
                if people.iter().all(|p| p.name != name) {
                    people.push(person(name));
                }
            }
            let mut endings = Endings::new(&people);
            for (add, words) in &steps {
                let name = join(words);
                if *add {
                    if people.iter().all(|p| p.name != name) {
                        people.push(person(name.clone()));
                        endings.add(people.len() - 1, &name);
                    }
                } else {
                    proptest::prop_assert_eq!(endings.resolve(&name), resolve_by_scan(&people, &name));
                }
            }
        }
    }
}
