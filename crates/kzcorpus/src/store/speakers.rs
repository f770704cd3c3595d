//! Mapping per-article speakers onto database-wide speaker ids.
//!
//! A person joins an existing person when a full name has the same [`alias_key`], or when
//! surnames agree (up to one typo: Ryabkov/Ryabikov) and first names are compatible (same
//! initial after transliteration folding), or when one side only has the surname. Two
//! speakers whose full names share a surname but not a first initial never merge. An
//! organisation joins on the same key, and a name without nationality ("defense
//! ministry") joins the most-mentioned organisation whose key ends with it ("russian
//! defense ministry"). All aliases and titles seen are recorded. After a build,
//! [`refresh_canonical`] picks each speaker's canonical name: the fullest form, then the
//! most mentioned.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::model::{LocalSpeaker, SpeakerKind};
use crate::speakers::{alias_key, similar_surnames};

/// Returns the database id for `speaker`, creating the speaker when it is new.
pub(super) fn resolve(tx: &Transaction<'_>, speaker: &LocalSpeaker) -> Result<i64> {
    let mut keys: Vec<String> = Vec::new();
    for alias in std::iter::once(&speaker.name).chain(speaker.aliases.iter()) {
        let k = alias_key(alias);
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
        }
    }
    let found = match speaker.kind {
        SpeakerKind::Person => find_person(tx, &keys)?,
        SpeakerKind::Organisation => find_organisation(tx, &keys)?,
    };
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO speakers(canonical, kind, country) VALUES (?1, ?2, ?3)")?
                .execute(params![speaker.name, speaker.kind.as_str(), speaker.country])?;
            tx.last_insert_rowid()
        }
    };
    let mut aliases: Vec<&str> = std::iter::once(speaker.name.as_str()).chain(speaker.aliases.iter().map(String::as_str)).collect();
    // a party is also named without the word "Party"
    let short: Vec<String> = aliases
        .iter()
        .filter(|a| speaker.kind == SpeakerKind::Organisation && a.ends_with(" Party") && a.split(' ').count() >= 3)
        .map(|a| a.trim_end_matches(" Party").to_string())
        .collect();
    aliases.extend(short.iter().map(String::as_str));
    for alias in aliases {
        tx.prepare_cached("INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, alias_key) VALUES (?1, ?2, ?3)")?
            .execute(params![id, alias, alias_key(alias)])?;
    }
    for title in &speaker.titles {
        tx.prepare_cached("INSERT OR IGNORE INTO speaker_titles(speaker_id, title) VALUES (?1, ?2)")?
            .execute(params![id, title])?;
    }
    if speaker.country.is_some() {
        tx.prepare_cached("UPDATE speakers SET country = ?2 WHERE id = ?1 AND country IS NULL")?
            .execute(params![id, speaker.country])?;
    }
    Ok(id)
}

fn exact(tx: &Transaction<'_>, key: &str, kind: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
             WHERE a.alias_key = ?1 AND s.kind = ?2 ORDER BY a.speaker_id LIMIT 1",
        )?
        .query_row(params![key, kind], |r| r.get(0))
        .optional()?)
}

fn keys_of(tx: &Transaction<'_>, id: i64) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached("SELECT alias_key FROM speaker_aliases WHERE speaker_id = ?1")?;
    let rows = stmt.query_map([id], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

fn mention_count(tx: &Transaction<'_>, id: i64) -> Result<i64> {
    // A running count kept by a temporary trigger (see `Store::ensure_mention_counts`):
    // counting the `mentions` rows here would cost O(mentions of the speaker) per call,
    // which grows with the corpus and made large builds quadratic.
    Ok(tx
        .prepare_cached("SELECT n FROM temp.speaker_mention_counts WHERE speaker_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

fn split_name(key: &str) -> (Option<&str>, &str) {
    let mut words = key.split(' ');
    let first = words.next().unwrap_or("");
    match key.rsplit_once(' ') {
        Some((_, last)) => (Some(first), last),
        None => (None, key),
    }
}

/// Whether the names in `a` and `b` can denote one person; `None` when they conflict.
pub(crate) fn person_compatible(a: &[String], b: &[String]) -> bool {
    let mut agree = false;
    for x in a {
        for y in b {
            let (fx, sx) = split_name(x);
            let (fy, sy) = split_name(y);
            if !similar_surnames(sx, sy) && sx != sy {
                continue;
            }
            match (fx, fy) {
                (Some(f1), Some(f2)) => {
                    if f1.chars().next() != f2.chars().next() {
                        return false;
                    }
                    agree = true;
                }
                _ => agree |= sx == sy || similar_surnames(sx, sy),
            }
        }
    }
    agree
}

fn find_person(tx: &Transaction<'_>, keys: &[String]) -> Result<Option<i64>> {
    for k in keys.iter().filter(|k| k.contains(' ')) {
        if let Some(id) = exact(tx, k, "person")? {
            if person_compatible(keys, &keys_of(tx, id)?) {
                return Ok(Some(id));
            }
        }
    }
    // candidates sharing a surname or a first name
    let mut candidates: Vec<i64> = Vec::new();
    for k in keys {
        let (first, surname) = split_name(k);
        let mut stmt = tx.prepare_cached(
            "SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
             WHERE s.kind = 'person' AND (a.alias_key = ?1 OR a.alias_key LIKE '% ' || ?1 OR a.alias_key LIKE ?2 || ' %')
             LIMIT 50",
        )?;
        let rows = stmt.query_map(params![surname, first.unwrap_or("\u{0}")], |r| r.get::<_, i64>(0))?;
        for id in rows {
            let id = id?;
            if !candidates.contains(&id) {
                candidates.push(id);
            }
        }
    }
    let mut best: Option<(i64, i64)> = None;
    for id in candidates {
        if !person_compatible(keys, &keys_of(tx, id)?) {
            continue;
        }
        let n = mention_count(tx, id)?;
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((id, n));
        }
    }
    Ok(best.map(|(id, _)| id))
}

fn is_nationality(word: &str) -> bool {
    crate::speakers::gazetteer::GAZETTEER.nationality(word).is_some_and(|c| !c.is_empty())
}

fn find_organisation(tx: &Transaction<'_>, keys: &[String]) -> Result<Option<i64>> {
    for k in keys {
        if let Some(id) = exact(tx, k, "organisation")? {
            return Ok(Some(id));
        }
    }
    let mut best: Option<(i64, i64)> = None;
    for k in keys {
        let first = k.split(' ').next().unwrap_or("");
        if k.contains(' ') && is_nationality(first) {
            // "russian defense ministry" joins an earlier plain "defense ministry"
            if let Some(rest) = k.split_once(' ').map(|x| x.1) {
                if rest.contains(' ') {
                    if let Some(id) = exact(tx, rest, "organisation")? {
                        return Ok(Some(id));
                    }
                }
            }
            continue;
        }
        if !k.contains(' ') {
            continue;
        }
        let mut stmt = tx.prepare_cached(
            "SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
             WHERE s.kind = 'organisation' AND a.alias_key LIKE '% ' || ?1 LIMIT 50",
        )?;
        let ids: Vec<i64> = stmt.query_map([k], |r| r.get(0))?.collect::<std::result::Result<_, _>>()?;
        for id in ids {
            let n = mention_count(tx, id)?;
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((id, n));
            }
        }
    }
    Ok(best.map(|(id, _)| id))
}

/// Sets each speaker's canonical name to its fullest alias, most-mentioned first.
pub(super) fn refresh_canonical(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "UPDATE speakers SET canonical = COALESCE((
             SELECT a.alias FROM speaker_aliases a
             WHERE a.speaker_id = speakers.id
             ORDER BY (length(a.alias) - length(replace(a.alias, ' ', ''))) DESC,
                      (SELECT count(*) FROM mentions m WHERE m.speaker_id = a.speaker_id AND m.text = a.alias) DESC,
                      a.alias
             LIMIT 1), canonical)",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn write(store: &mut Store, name: &str, text: &str) -> Result<()> {
        let doc = crate::document::decode(std::path::Path::new(name), text.as_bytes(), &Default::default())?;
        let extracted = crate::extract::extract(&doc.text, &Default::default());
        store.write_document(&doc, &extracted)?;
        store.refresh_speakers()
    }

    fn column(store: &Store, sql: &str) -> Vec<String> {
        store.sql(sql, &[]).map(|t| t.texts(&t.columns[0].name).into_iter().flatten().collect()).unwrap_or_default()
    }

    #[test]
    fn transliterations_across_documents_meet_and_titles_are_kept() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        write(&mut store, "a.txt", "Talks End\n\nDeputy Foreign Minister Andrey Kovalyov said the talks were over.\n")?;
        write(&mut store, "b.txt", "Talks Resume\n\nColonel General Andrei Kovaliov arrived. Kovaliov said little.\n")?;
        write(&mut store, "c.txt", "More Talks\n\nKovalyov said the talks resumed.\n")?;
        let ids = column(&store, "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias LIKE '%Koval%'");
        assert_eq!(ids.len(), 1, "{ids:?}");
        let titles = column(&store, "SELECT title FROM speaker_titles ORDER BY title");
        assert_eq!(titles, vec!["Colonel General".to_string(), "Deputy Foreign Minister".to_string()]);
        let hits = store.speaker_ids("Kovaliov")?;
        assert_eq!(hits.len(), 1);
        Ok(())
    }

    #[test]
    fn namesakes_with_different_first_names_stay_apart() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        write(&mut store, "a.txt", "One\n\nMinister Pavel Sokolov said yes.\n")?;
        write(&mut store, "b.txt", "Two\n\nGeneral Ivan Sokolov said no.\n")?;
        let ids = column(&store, "SELECT id FROM speakers WHERE kind = 'person'");
        assert_eq!(ids.len(), 2);
        Ok(())
    }

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| alias_key(n)).collect()
    }

    #[test]
    fn transliterated_full_names_are_compatible() {
        assert!(person_compatible(&keys(&["Sergei Ivanov"]), &keys(&["Sergey Ivanov", "Ivanov"])));
        assert!(person_compatible(&keys(&["Sergei Riabikov", "Riabkov"]), &keys(&["Sergey Riabkov"])));
    }

    #[test]
    fn surname_only_joins_full_name() {
        assert!(person_compatible(&keys(&["Ivanov"]), &keys(&["Sergey Ivanov"])));
    }

    #[test]
    fn different_first_names_never_merge() {
        assert!(!person_compatible(&keys(&["Pavel Sokolov", "Sokolov"]), &keys(&["Ivan Sokolov", "Sokolov"])));
        assert!(!person_compatible(&keys(&["Anna Petrova"]), &keys(&["Ivan Petrov"])));
    }
}
