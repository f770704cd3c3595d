//! Mapping per-article speakers onto database-wide speaker ids.
//!
//! A [`LocalSpeaker`] joins an existing speaker when one of its aliases has the same
//! [`alias_key`]; otherwise a new speaker row is made. All aliases and titles seen are
//! recorded. After a build, [`refresh_canonical`] picks each speaker's canonical name.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::model::LocalSpeaker;
use crate::speakers::alias_key;

/// Returns the database id for `speaker`, creating the speaker when it is new.
pub(super) fn resolve(tx: &Transaction<'_>, speaker: &LocalSpeaker) -> Result<i64> {
    let mut found: Option<i64> = None;
    for alias in std::iter::once(&speaker.name).chain(speaker.aliases.iter()) {
        let key = alias_key(alias);
        if key.is_empty() {
            continue;
        }
        found = tx
            .prepare_cached(
                "SELECT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
                 WHERE a.alias_key = ?1 AND s.kind = ?2 ORDER BY a.speaker_id LIMIT 1",
            )?
            .query_row(params![key, speaker.kind.as_str()], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            break;
        }
    }
    let id = match found {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO speakers(canonical, kind, country) VALUES (?1, ?2, ?3)")?
                .execute(params![speaker.name, speaker.kind.as_str(), speaker.country])?;
            tx.last_insert_rowid()
        }
    };
    for alias in std::iter::once(&speaker.name).chain(speaker.aliases.iter()) {
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
