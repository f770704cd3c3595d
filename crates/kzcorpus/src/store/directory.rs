//! An in-memory directory of the database's speakers, for speaker-id resolution.
//!
//! Resolving a per-article speaker needs, for every name, the speakers sharing its key,
//! its surname or its first name (persons) or ending with it (organisations), their alias
//! keys and their mention counts. Asking SQLite for these cost several queries per speaker,
//! two of them `LIKE '% ' || ?` scans over every alias, and made speaker resolution half of
//! the single writer's time. The directory holds the same facts in hash maps: it is loaded
//! once per connection (one pass over `speakers`, `speaker_aliases` and `mentions`) and kept
//! current by the writer, so resolution is a few map look-ups ([`SpeakerDirectory::find`])
//! and only the inserts go to SQLite.
//!
//! The directory must never describe rows that are not in the database: the writer drops it
//! when a document's savepoint is rolled back, and [`Slot`] drops it when a batch was not
//! committed or when the database changed outside the batches of this connection (another
//! connection committed, seen through `PRAGMA data_version`; or this connection wrote rows
//! outside a batch, seen through `total_changes`). It is then reloaded when next needed.
//!
//! Rules (the same as the SQL they replace): a person joins the lowest-id person with an
//! identical multi-word key when their names are compatible, else the most-mentioned
//! compatible person sharing a surname or a first name; an organisation joins the lowest-id
//! organisation with an identical key, else (for "russian defense ministry") the one named
//! without the nationality unless another nationality's name already joined it, else the most-mentioned one whose key ends with its key
//! (a plain foreign ministry never joins one that a nationality's name joined). Ties
//! go to the lowest id. At most [`CANDIDATES`] candidates (the lowest ids) are weighed per
//! key, so a common first name costs the same as a rare one.

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::Connection;

use super::speakers::person_compatible;
use crate::error::Result;
use crate::model::SpeakerKind;

/// How many candidates per key are weighed (the lowest ids).
pub(super) const CANDIDATES: usize = 50;

/// What the directory knows of one speaker.
#[derive(Debug, Clone)]
struct Entry {
    kind: SpeakerKind,
    /// `speaker_aliases.alias_key` values, without repeats, in insertion order.
    keys: Vec<String>,
    /// Rows in `mentions`.
    mentions: u64,
    /// Whether `speakers.country` is set.
    has_country: bool,
}

/// Ids by key, for one kind of speaker.
#[derive(Debug, Default, Clone)]
struct Index {
    /// Whole key → ids.
    exact: HashMap<String, BTreeSet<i64>>,
    /// Last word of a multi-word key → ids (persons).
    last: HashMap<String, BTreeSet<i64>>,
    /// First word of a multi-word key → ids (persons).
    first: HashMap<String, BTreeSet<i64>>,
    /// Every multi-word suffix after a space ("defense ministry" of "russian defense
    /// ministry") → ids (organisations).
    suffix: HashMap<String, BTreeSet<i64>>,
}

fn add_to(map: &mut HashMap<String, BTreeSet<i64>>, key: &str, id: i64) {
    match map.get_mut(key) {
        Some(ids) => {
            ids.insert(id);
        }
        None => {
            map.insert(key.to_owned(), BTreeSet::from([id]));
        }
    }
}

impl Index {
    fn add(&mut self, kind: SpeakerKind, key: &str, id: i64) {
        add_to(&mut self.exact, key, id);
        match kind {
            SpeakerKind::Person => {
                if let (Some((first, _)), Some((_, last))) = (key.split_once(' '), key.rsplit_once(' ')) {
                    add_to(&mut self.first, first, id);
                    add_to(&mut self.last, last, id);
                }
            }
            SpeakerKind::Organisation => {
                for (at, _) in key.match_indices(' ') {
                    let rest = &key[at + 1..];
                    if rest.contains(' ') {
                        add_to(&mut self.suffix, rest, id);
                    }
                }
            }
        }
    }
}

/// Adds `value` to the set of `id`; false when it was there (no allocation then).
fn insert_new(sets: &mut HashMap<i64, HashSet<String>>, id: i64, value: &str) -> bool {
    let set = sets.entry(id).or_default();
    !set.contains(value) && set.insert(value.to_owned())
}

/// The lowest id of `map[key]`.
fn lowest(map: &HashMap<String, BTreeSet<i64>>, key: &str) -> Option<i64> {
    map.get(key).and_then(|ids| ids.first().copied())
}

/// The [`CANDIDATES`] lowest ids of the union of `sets`, ascending.
fn lowest_of_union(sets: &[Option<&BTreeSet<i64>>]) -> Vec<i64> {
    let mut out: Vec<i64> = sets.iter().flatten().flat_map(|s| s.iter().take(CANDIDATES).copied()).collect();
    out.sort_unstable();
    out.dedup();
    out.truncate(CANDIDATES);
    out
}

/// The database's speakers as seen by the resolver; see the module docs.
#[derive(Debug, Default, Clone)]
pub(super) struct SpeakerDirectory {
    entries: HashMap<i64, Entry>,
    persons: Index,
    organisations: Index,
    /// `(speaker_id, alias)` rows of `speaker_aliases`: a recurring speaker's aliases are
    /// not inserted again (`INSERT OR IGNORE` would find them, at the cost of a statement).
    aliases: HashMap<i64, HashSet<String>>,
    /// `(speaker_id, title)` rows of `speaker_titles`, for the same reason.
    titles: HashMap<i64, HashSet<String>>,
}

impl SpeakerDirectory {
    /// Reads every speaker, alias key and mention count through `conn` (inside the
    /// writer's transaction, so it sees exactly the rows that transaction sees).
    pub(super) fn load(conn: &Connection) -> Result<SpeakerDirectory> {
        let mut dir = SpeakerDirectory::default();
        let mut stmt = conn.prepare_cached("SELECT id, kind, country IS NOT NULL FROM speakers")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let kind: String = row.get(1)?;
            let kind = match kind.as_str() {
                "organisation" => SpeakerKind::Organisation,
                _ => SpeakerKind::Person,
            };
            dir.add_speaker(row.get(0)?, kind, row.get(2)?);
        }
        let mut stmt = conn.prepare_cached("SELECT speaker_id, alias_key, alias FROM speaker_aliases ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (id, key, alias): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
            dir.add_key(id, &key);
            dir.aliases.entry(id).or_default().insert(alias);
        }
        let mut stmt = conn.prepare_cached("SELECT speaker_id, title FROM speaker_titles")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (id, title): (i64, String) = (row.get(0)?, row.get(1)?);
            dir.titles.entry(id).or_default().insert(title);
        }
        let mut stmt = conn.prepare_cached("SELECT speaker_id, count(*) FROM mentions GROUP BY speaker_id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (id, n): (i64, i64) = (row.get(0)?, row.get(1)?);
            if let Some(e) = dir.entries.get_mut(&id) {
                e.mentions = n.max(0) as u64;
            }
        }
        Ok(dir)
    }

    /// Number of speakers known (tests).
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Records a speaker just inserted (or read).
    pub(super) fn add_speaker(&mut self, id: i64, kind: SpeakerKind, has_country: bool) {
        self.entries.insert(id, Entry { kind, keys: Vec::new(), mentions: 0, has_country });
    }

    /// Records an alias key of speaker `id` (ignored when known, or when `id` is unknown).
    pub(super) fn add_key(&mut self, id: i64, key: &str) {
        let Some(e) = self.entries.get_mut(&id) else { return };
        if e.keys.iter().any(|k| k == key) {
            return;
        }
        e.keys.push(key.to_owned());
        let kind = e.kind;
        self.index_mut(kind).add(kind, key, id);
    }

    /// Records the `speaker_aliases` row `(id, alias)`; false when it was known.
    pub(super) fn add_alias(&mut self, id: i64, alias: &str) -> bool {
        insert_new(&mut self.aliases, id, alias)
    }

    /// Records the `speaker_titles` row `(id, title)`; false when it was known.
    pub(super) fn add_title(&mut self, id: i64, title: &str) -> bool {
        insert_new(&mut self.titles, id, title)
    }

    /// Records one more `mentions` row of speaker `id`.
    pub(super) fn add_mention(&mut self, id: i64) {
        if let Some(e) = self.entries.get_mut(&id) {
            e.mentions += 1;
        }
    }

    /// Whether speaker `id` has a country; records that it has one from now on.
    pub(super) fn set_country(&mut self, id: i64) -> bool {
        match self.entries.get_mut(&id) {
            Some(e) => std::mem::replace(&mut e.has_country, true),
            None => false,
        }
    }

    fn index_mut(&mut self, kind: SpeakerKind) -> &mut Index {
        match kind {
            SpeakerKind::Person => &mut self.persons,
            SpeakerKind::Organisation => &mut self.organisations,
        }
    }

    fn keys_of(&self, id: i64) -> &[String] {
        self.entries.get(&id).map_or(&[], |e| e.keys.as_slice())
    }

    fn mentions(&self, id: i64) -> u64 {
        self.entries.get(&id).map_or(0, |e| e.mentions)
    }

    /// The most-mentioned of `ids`, the lowest id on ties.
    fn most_mentioned(&self, ids: impl IntoIterator<Item = i64>) -> Option<i64> {
        ids.into_iter().map(|id| (self.mentions(id), std::cmp::Reverse(id))).max().map(|(_, id)| id.0)
    }

    /// The existing speaker of `kind` named by `keys` (the alias keys of a per-article
    /// speaker, without repeats), or `None` when it is new.
    pub(super) fn find(&self, kind: SpeakerKind, keys: &[String]) -> Option<i64> {
        match kind {
            SpeakerKind::Person => self.find_person(keys),
            SpeakerKind::Organisation => self.find_organisation(keys),
        }
    }

    fn find_person(&self, keys: &[String]) -> Option<i64> {
        let index = &self.persons;
        for k in keys.iter().filter(|k| k.contains(' ')) {
            if let Some(id) = lowest(&index.exact, k) {
                if person_compatible(keys, self.keys_of(id)) {
                    return Some(id);
                }
            }
        }
        // candidates sharing a surname or a first name
        let mut candidates: Vec<i64> = Vec::new();
        for k in keys {
            let (surname, first) = match (k.split_once(' '), k.rsplit_once(' ')) {
                (Some((first, _)), Some((_, last))) => (last, Some(first)),
                _ => (k.as_str(), None),
            };
            let sets = [index.exact.get(surname), index.last.get(surname), first.and_then(|f| index.first.get(f))];
            candidates.extend(lowest_of_union(&sets));
        }
        candidates.sort_unstable();
        candidates.dedup();
        self.most_mentioned(candidates.into_iter().filter(|&id| person_compatible(keys, self.keys_of(id))))
    }

    fn find_organisation(&self, keys: &[String]) -> Option<i64> {
        let index = &self.organisations;
        let fits = |id: i64| !self.another_countrys(id, keys) && !self.a_countrys_for_plain(id, keys);
        if let Some(id) = keys.iter().find_map(|k| index.exact.get(k.as_str()).and_then(|ids| ids.iter().copied().find(|&id| fits(id)))) {
            return Some(id);
        }
        let mut candidates: Vec<i64> = Vec::new();
        for k in keys {
            if let Some((first, rest)) = k.split_once(' ') {
                if is_nationality(first) {
                    // "russian defense ministry" joins an earlier plain "defense ministry"
                    // (unless that one is already another country's: "israeli foreign
                    // ministry" is not the plain "foreign ministry" that became Russia's)
                    if rest.contains(' ') {
                        if let Some(id) = lowest(&index.exact, rest).filter(|&id| !self.another_countrys(id, keys)) {
                            return Some(id);
                        }
                    }
                    continue;
                }
                candidates.extend(lowest_of_union(&[index.suffix.get(k.as_str())]));
            }
        }
        candidates.retain(|&id| fits(id));
        self.most_mentioned(candidates)
    }

    /// Whether organisation `id` holds a national form ("ukrainian foreign ministry") of
    /// `keys`, which name a foreign ministry of no country ("foreign ministry"). Every
    /// country speaks on another's crisis through its foreign ministry, so a plain one is
    /// read in its own article: "the Foreign Ministry" of an Israeli paper is not the
    /// Ukrainian one another article named. (A plain interior or defence ministry stays the
    /// one the corpus is about: Kazakhstan's, Russia's.)
    fn a_countrys_for_plain(&self, id: i64, keys: &[String]) -> bool {
        static FOREIGN_MINISTRY: once_cell::sync::Lazy<String> = once_cell::sync::Lazy::new(|| crate::speakers::alias_key("Foreign Ministry"));
        let plain = keys.iter().all(|k| k.split_once(' ').is_none_or(|(first, _)| !is_nationality(first)))
            && keys.iter().any(|k| k.ends_with(FOREIGN_MINISTRY.as_str()));
        plain
            && self.keys_of(id).iter().any(|k| k.split_once(' ').is_some_and(|(nation, tail)| is_nationality(nation) && keys.iter().any(|ours| ours == tail)))
    }

    /// Whether organisation `id` is another country's than `keys` say: it holds a name
    /// ("russian foreign ministry") that differs from one of `keys` ("israeli foreign
    /// ministry") only in the nationality.
    fn another_countrys(&self, id: i64, keys: &[String]) -> bool {
        let national = |key: &str| key.split_once(' ').filter(|(nation, _)| is_nationality(nation)).map(|(nation, tail)| (nation.to_owned(), tail.to_owned()));
        let ours: Vec<(String, String)> = keys.iter().filter_map(|k| national(k)).collect();
        !ours.is_empty()
            && self.keys_of(id).iter().filter_map(|k| national(k)).any(|(nation, tail)| ours.iter().any(|(n, t)| *t == tail && *n != nation))
    }

    /// Whether the directory and `other` hold the same speakers, keys and counts (tests).
    #[cfg(test)]
    pub(super) fn same_as(&self, other: &SpeakerDirectory) -> bool {
        self.entries.len() == other.entries.len()
            && self.entries.iter().all(|(id, e)| {
                other.entries.get(id).is_some_and(|o| {
                    o.kind == e.kind && o.keys == e.keys && o.mentions == e.mentions && o.has_country == e.has_country
                })
            })
            && self.aliases == other.aliases
            && self.titles == other.titles
    }
}

fn is_nationality(word: &str) -> bool {
    crate::speakers::is_nationality_key(word)
}

/// A connection's directory and what it was last known to match.
#[derive(Debug, Default)]
pub(super) struct Slot {
    /// The directory, loaded when first needed.
    pub(super) dir: Option<SpeakerDirectory>,
    /// `(PRAGMA data_version, total_changes)` right after this connection's last commit of
    /// a batch; `None` while a batch is open or after a failure.
    stamp: Option<(i64, u64)>,
}

impl Slot {
    /// Called in a batch's transaction, before anything is written: keeps the directory only
    /// when nothing was committed since the last batch's commit, by this connection or any
    /// other. Returns the data version to hand to [`Slot::committed`].
    pub(super) fn begin(&mut self, conn: &Connection) -> Result<i64> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.stamp.take() != Some((version, conn.total_changes())) {
            self.dir = None;
        }
        Ok(version)
    }

    /// Called when a batch committed: the directory matches the database as of `version`
    /// and this connection's current change count.
    pub(super) fn committed(&mut self, version: i64, total_changes: u64) {
        self.stamp = Some((version, total_changes));
    }

    /// Forgets the directory (a rollback, a reconnect, a cleared corpus).
    pub(super) fn invalidate(&mut self) {
        self.dir = None;
        self.stamp = None;
    }

    /// The directory, loaded through `conn` when missing.
    pub(super) fn get(&mut self, conn: &Connection) -> Result<&mut SpeakerDirectory> {
        match &mut self.dir {
            Some(dir) => Ok(dir),
            none => Ok(none.insert(SpeakerDirectory::load(conn)?)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::alias_key;
    use crate::store::{Mode, Store};

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| alias_key(n)).collect()
    }

    fn with(dir: &mut SpeakerDirectory, id: i64, kind: SpeakerKind, names: &[&str], mentions: u64) {
        dir.add_speaker(id, kind, false);
        for k in keys(names) {
            dir.add_key(id, &k);
        }
        for _ in 0..mentions {
            dir.add_mention(id);
        }
    }

    fn people() -> SpeakerDirectory {
        let mut dir = SpeakerDirectory::default();
        with(&mut dir, 1, SpeakerKind::Person, &["Sergey Ivanov", "Ivanov"], 3);
        with(&mut dir, 2, SpeakerKind::Person, &["Pavel Sokolov", "Sokolov"], 1);
        with(&mut dir, 3, SpeakerKind::Person, &["Ivan Sokolov"], 1);
        with(&mut dir, 4, SpeakerKind::Person, &["Sergey Riabkov"], 0);
        // an organisation with a person's key is never a candidate for a person
        with(&mut dir, 5, SpeakerKind::Organisation, &["Ivanov"], 9);
        dir
    }

    #[test]
    fn persons_join_on_key_surname_or_first_name() {
        let dir = people();
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Sergey Ivanov"])), Some(1));
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Ivanov"])), Some(1));
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["S. Ivanov"])), Some(1));
        // found through the first name, joined through the similar surname
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Sergey Ryabikov"])), Some(4));
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Pavel Sokolov"])), Some(2));
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Ivan Sokolov", "Sokolov"])), Some(3));
    }

    #[test]
    fn conflicting_first_names_and_unknown_names_create_speakers() {
        let dir = people();
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Igor Ivanov"])), None);
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Nikolai Sokolov"])), None);
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Kassym Tokayev"])), None);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Sokolov"])), None);
    }

    #[test]
    fn most_mentioned_wins_and_ties_go_to_the_lowest_id() {
        let mut dir = people();
        // "Sokolov" fits Pavel (2) and Ivan (3), one mention each
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Sokolov"])), Some(2));
        dir.add_mention(3);
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Sokolov"])), Some(3));
    }

    #[test]
    fn organisations_join_on_key_nationality_or_suffix() {
        let mut dir = SpeakerDirectory::default();
        with(&mut dir, 1, SpeakerKind::Organisation, &["Defense Ministry"], 0);
        with(&mut dir, 2, SpeakerKind::Organisation, &["Kazakh Interior Ministry"], 1);
        with(&mut dir, 3, SpeakerKind::Organisation, &["Kyrgyz Interior Ministry"], 4);
        with(&mut dir, 4, SpeakerKind::Organisation, &["Uzbek Interior Ministry"], 4);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Kazakh Interior Ministry"])), Some(2));
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Turkish Defence Ministry"])), Some(1));
        // no nationality: the most-mentioned organisation ending with the name, lowest id on ties
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Interior Ministry"])), Some(3));
        dir.add_mention(4);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Interior Ministry"])), Some(4));
        // a single word never joins by suffix, and a nationality is not dropped to a single word
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Ministry"])), None);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Turkish Ministry"])), None);
        // a plain name that another country's name already joined is that country's
        with(&mut dir, 5, SpeakerKind::Organisation, &["Foreign Ministry", "Russian Foreign Ministry"], 3);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Russian Foreign Ministry"])), Some(5));
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Israeli Foreign Ministry"])), None);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Foreign Ministry", "Israeli Foreign Ministry"])), None);
        // a plain foreign ministry is its own article's, not the one a country's name joined
        // (a plain interior ministry still joins a national one, above)
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Foreign Ministry"])), None);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Ministry of Foreign Affairs"])), None);
        with(&mut dir, 6, SpeakerKind::Organisation, &["Foreign Ministry"], 1);
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Foreign Ministry"])), Some(6));
        assert_eq!(dir.find(SpeakerKind::Organisation, &keys(&["Kuwaiti Foreign Ministry"])), None);
    }

    #[test]
    fn at_most_fifty_lowest_ids_are_weighed_per_key() {
        let mut dir = SpeakerDirectory::default();
        for id in 1..=60 {
            let first = format!("First{id}");
            dir.add_speaker(id, SpeakerKind::Person, false);
            dir.add_key(id, &alias_key(&format!("{first} Smith")));
        }
        for _ in 0..5 {
            dir.add_mention(55);
        }
        dir.add_mention(50);
        assert_eq!(dir.find(SpeakerKind::Person, &keys(&["Smith"])), Some(50));
        assert_eq!(lowest_of_union(&[dir.persons.last.get("smith"), dir.persons.last.get("smith")]), (1..=50).collect::<Vec<_>>());
    }

    #[test]
    fn alias_and_title_rows_are_new_once_per_speaker() {
        let mut dir = people();
        assert!(dir.add_alias(1, "Sergey Ivanov"));
        assert!(!dir.add_alias(1, "Sergey Ivanov"));
        assert!(dir.add_alias(2, "Sergey Ivanov"), "another speaker's row is new");
        assert!(dir.add_title(1, "minister"));
        assert!(!dir.add_title(1, "minister"));
    }

    #[test]
    fn repeated_keys_are_recorded_once() {
        let mut dir = people();
        dir.add_key(1, &alias_key("Sergey Ivanov"));
        dir.add_key(99, "unknown speaker");
        assert_eq!(dir.keys_of(1), keys(&["Sergey Ivanov", "Ivanov"]));
        assert_eq!(dir.persons.exact.get(&alias_key("Sergey Ivanov")).map(BTreeSet::len), Some(1));
        assert!(dir.keys_of(99).is_empty());
        assert!(!dir.set_country(1));
        assert!(dir.set_country(1));
    }

    fn doc(name: &str, text: &str) -> (crate::document::Document, crate::model::ExtractedDocument) {
        let doc = crate::document::decode(std::path::Path::new(name), text.as_bytes(), &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let extracted = crate::extract::extract(&doc.text, &Default::default());
        (doc, extracted)
    }

    /// The directory a store keeps equals one freshly read from its database.
    fn assert_current(store: &mut Store) -> Result<()> {
        let fresh = SpeakerDirectory::load(store.conn())?;
        let kept = store.speakers.dir.as_ref();
        assert!(kept.is_none_or(|d| d.same_as(&fresh)), "kept {kept:?}\nfresh {fresh:?}");
        Ok(())
    }

    fn speaker_count(store: &Store) -> Result<i64> {
        Ok(store.conn().query_row("SELECT count(*) FROM speakers", [], |r| r.get(0))?)
    }

    fn store_sql_drop_trigger(batch: &crate::store::Batch<'_>) -> Result<()> {
        batch.tx.execute_batch("DROP TRIGGER temp.fail_mentions")?;
        Ok(())
    }

    const PAVEL: &str = "One\n\nMinister Pavel Sokolov said the talks were over.\n";
    const IVAN: &str = "Two\n\nGeneral Ivan Sokolov said the troops would stay.\n";
    const SURNAME: &str = "Three\n\nSokolov said nothing more.\n";

    #[test]
    fn the_kept_directory_matches_the_database_after_writes() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        for (i, text) in [PAVEL, IVAN, SURNAME, PAVEL.replace("One", "Four").as_str()].iter().enumerate() {
            let (d, e) = doc(&format!("{i}.txt"), text);
            store.write_document(&d, &e)?;
            assert!(store.speakers.dir.is_some());
            assert_current(&mut store)?;
        }
        assert_eq!(store.speakers.dir.as_ref().map(SpeakerDirectory::len), Some(2));
        Ok(())
    }

    #[test]
    fn a_failed_document_leaves_no_entries_in_the_directory() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let (d1, e1) = doc("1.txt", PAVEL);
        store.write_document(&d1, &e1)?;
        // fail the next document after its speakers were written
        store.sql(
            "CREATE TEMP TRIGGER fail_mentions BEFORE INSERT ON main.mentions WHEN new.text = 'Ivan Sokolov'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
            &[],
        )?;
        let (d2, e2) = doc("2.txt", IVAN);
        let (d3, e3) = doc("3.txt", "Three\n\nGeneral Sokolov said Ivan Sokolov was absent.\n");
        let mut batch = store.batch()?;
        assert!(batch.write_document(&d2, &e2).is_err());
        assert!(batch.speakers.dir.is_none());
        store_sql_drop_trigger(&batch)?;
        batch.write_document(&d3, &e3)?;
        batch.commit()?;
        assert_current(&mut store)?;
        let ivans: i64 = store.conn().query_row(
            "SELECT count(DISTINCT speaker_id) FROM speaker_aliases WHERE alias = 'Ivan Sokolov'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(ivans, 1);
        Ok(())
    }

    #[test]
    fn a_batch_dropped_without_commit_leaves_no_entries() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let (d1, e1) = doc("1.txt", PAVEL);
        store.write_document(&d1, &e1)?;
        {
            let (d2, e2) = doc("2.txt", IVAN);
            let mut batch = store.batch()?;
            batch.write_document(&d2, &e2)?;
        }
        assert_eq!(speaker_count(&store)?, 1);
        let (d3, e3) = doc("3.txt", SURNAME);
        store.write_document(&d3, &e3)?;
        assert_current(&mut store)?;
        assert_eq!(speaker_count(&store)?, 1);
        Ok(())
    }

    #[test]
    fn the_directory_is_kept_across_batches_of_a_bulk_load() -> Result<()> {
        let tmp = tempfile::tempdir().map_err(|e| crate::Error::io("tmp", e))?;
        let mut store = Store::open(&tmp.path().join("bulk.db"), Mode::ReadWrite)?;
        store.begin_bulk_load()?;
        let (d1, e1) = doc("1.txt", PAVEL);
        store.write_document(&d1, &e1)?;
        // a marker that only survives if the directory is not reloaded
        if let Some(dir) = store.speakers.dir.as_mut() {
            dir.add_speaker(i64::MAX, SpeakerKind::Person, false);
        }
        for (i, text) in [IVAN, SURNAME].iter().enumerate() {
            let (d, e) = doc(&format!("{}.txt", i + 2), text);
            store.write_document(&d, &e)?;
        }
        assert!(store.speakers.dir.as_ref().is_some_and(|d| d.entries.contains_key(&i64::MAX)));
        store.end_bulk_load()?;
        Ok(())
    }

    #[test]
    fn writes_outside_the_batches_are_seen() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| crate::Error::io("tmp", e))?;
        let path = dir.path().join("two.db");
        let mut a = Store::open(&path, Mode::ReadWrite)?;
        let mut b = Store::open(&path, Mode::ReadWrite)?;
        let (d1, e1) = doc("1.txt", PAVEL);
        a.write_document(&d1, &e1)?;
        // another connection adds a namesake with more mentions
        let (d2, e2) = doc("2.txt", &IVAN.replace("would stay.", "would stay. Sokolov said so twice."));
        b.write_document(&d2, &e2)?;
        let (d3, e3) = doc("3.txt", SURNAME);
        a.write_document(&d3, &e3)?;
        assert_current(&mut a)?;
        let ivan: i64 = a.conn().query_row(
            "SELECT count(*) FROM mentions m JOIN speaker_aliases s ON s.speaker_id = m.speaker_id
             WHERE s.alias = 'Ivan Sokolov'",
            [],
            |r| r.get(0),
        )?;
        assert!(ivan >= 3, "the surname went to the namesake written by the other connection ({ivan})");
        // this connection deletes rows outside a batch
        a.sql("DELETE FROM mentions WHERE text = 'Sokolov'", &[])?;
        let (d4, e4) = doc("4.txt", "Four\n\nMinister Pavel Sokolov said more.\n");
        a.write_document(&d4, &e4)?;
        assert_current(&mut a)?;
        Ok(())
    }
}
