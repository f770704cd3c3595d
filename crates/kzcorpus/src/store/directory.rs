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
//! without the nationality, else the most-mentioned one whose key ends with its key. Ties
//! go to the lowest id. At most [`CANDIDATES`] candidates (the lowest ids) are weighed per
//! key, so a common first name costs the same as a rare one.

use std::collections::{BTreeSet, HashMap};

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
        let mut stmt = conn.prepare_cached("SELECT speaker_id, alias_key FROM speaker_aliases ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let key: String = row.get(1)?;
            dir.add_key(row.get(0)?, &key);
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
        if let Some(id) = keys.iter().find_map(|k| lowest(&index.exact, k)) {
            return Some(id);
        }
        let mut candidates: Vec<i64> = Vec::new();
        for k in keys {
            if let Some((first, rest)) = k.split_once(' ') {
                if is_nationality(first) {
                    // "russian defense ministry" joins an earlier plain "defense ministry"
                    if rest.contains(' ') {
                        if let Some(id) = lowest(&index.exact, rest) {
                            return Some(id);
                        }
                    }
                    continue;
                }
                candidates.extend(lowest_of_union(&[index.suffix.get(k.as_str())]));
            }
        }
        self.most_mentioned(candidates)
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
    }
}

fn is_nationality(word: &str) -> bool {
    crate::speakers::gazetteer::GAZETTEER.nationality(word).is_some_and(|c| !c.is_empty())
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
