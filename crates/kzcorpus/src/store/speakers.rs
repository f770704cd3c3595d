//! Mapping per-article speakers onto database-wide speaker ids.
//!
//! A person joins an existing person when a full name has the same [`alias_key`](crate::speakers::alias_key), or when
//! surnames agree (up to one typo: Ryabkov/Ryabikov) and first names are compatible (same
//! initial after transliteration folding), or when one side only has the surname. Two
//! speakers whose full names share a surname but not a first initial never merge. An
//! organisation joins on the same key, and a name without nationality ("defense
//! ministry") joins the most-mentioned organisation whose key ends with it ("russian
//! defense ministry"), except a plain foreign ministry, which is read in its own article. All aliases and titles seen are recorded. After a build,
//! [`refresh_canonical`] picks each speaker's canonical name: the fullest form, then the
//! most mentioned.

use rusqlite::{params, Transaction};

use super::directory::SpeakerDirectory;
use crate::error::Result;
use crate::model::{LocalSpeaker, SpeakerKind};
use crate::speakers::{memo_alias_key, similar_surnames};

/// Returns the database id for `speaker`, creating the speaker when it is new.
///
/// The match is found in `dir` (see [`SpeakerDirectory::find`]); every row written here is
/// also recorded in `dir`, which the caller must drop if the transaction rolls back.
pub(super) fn resolve(tx: &Transaction<'_>, dir: &mut SpeakerDirectory, speaker: &LocalSpeaker) -> Result<i64> {
    let mut keys: Vec<String> = Vec::new();
    for alias in std::iter::once(&speaker.name).chain(speaker.aliases.iter()) {
        let k = memo_alias_key(alias);
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
        }
    }
    let id = match dir.find(speaker.kind, &keys) {
        Some(id) => id,
        None => {
            tx.prepare_cached("INSERT INTO speakers(canonical, kind, country) VALUES (?1, ?2, ?3)")?
                .execute(params![speaker.name, speaker.kind.as_str(), speaker.country])?;
            let id = tx.last_insert_rowid();
            dir.add_speaker(id, speaker.kind, speaker.country.is_some());
            id
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
        // the directory knows every alias row: a known one needs no statement
        if !dir.add_alias(id, alias) {
            continue;
        }
        let key = memo_alias_key(alias);
        tx.prepare_cached("INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, alias_key, alias_rkey) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![id, alias, key, super::reversed_key(&key)])?;
        dir.add_key(id, &key);
    }
    for title in &speaker.titles {
        if dir.add_title(id, title) {
            tx.prepare_cached("INSERT OR IGNORE INTO speaker_titles(speaker_id, title) VALUES (?1, ?2)")?
                .execute(params![id, title])?;
        }
    }
    if speaker.country.is_some() && !dir.set_country(id) {
        tx.prepare_cached("UPDATE speakers SET country = ?2 WHERE id = ?1 AND country IS NULL")?
            .execute(params![id, speaker.country])?;
    }
    Ok(id)
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

/// Sets each speaker's canonical name to its fullest alias (words counted at spaces and
/// hyphens: "Kassym-Jomart Tokayev" is as full as "Kasım Cömert Tokayev"), most-mentioned first; a first
/// name and patronymic ("Nikol Vovayevich", the formal address) or a possessive form
/// ("Kazakhstan's interior ministry") only when nothing else is, and a form with words in
/// lower case ("KNB press service") only after those in capitals.
pub(super) fn refresh_canonical(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "UPDATE speakers SET canonical = COALESCE((
             SELECT a.alias FROM speaker_aliases a
             WHERE a.speaker_id = speakers.id
             ORDER BY (a.alias LIKE '% %vich' OR a.alias LIKE '% %vna' OR a.alias LIKE '% %ichna'
                       OR a.alias LIKE '%''s %' OR a.alias LIKE '%’s %'),
                      replace(replace(replace(replace(' ' || a.alias, ' of ', ' '), ' the ', ' '), ' and ', ' '), ' for ', ' ')
                          GLOB '* [a-z]*',
                      (length(a.alias) - length(replace(replace(a.alias, ' ', ''), '-', ''))) DESC,
                      (SELECT count(*) FROM mentions m WHERE m.speaker_id = a.speaker_id AND m.text = a.alias) DESC,
                      a.alias
             LIMIT 1), canonical)",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::alias_key;
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
    fn the_canonical_name_is_no_patronymic_address() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let text = "Session Held\n\nPrime Minister Ivar Tamberg opened the session.\n\n\
                    Ivar Andreyevich said the decision was quick. Ivar Andreyevich said it was right.\n";
        write(&mut store, "a.txt", text)?;
        let names = column(&store, "SELECT canonical FROM speakers WHERE kind = 'person'");
        assert_eq!(names, vec!["Ivar Tamberg".to_string()]);
        Ok(())
    }

    #[test]
    fn a_hyphenated_first_name_counts_as_full_as_two_words() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        write(&mut store, "a.txt", "One\n\nPresident Kassym-Jomart Tokayev spoke. Kassym-Jomart Tokayev said the order was restored.\n")?;
        write(&mut store, "b.txt", "Two\n\nPresident Kasım Cömert Tokayev said the order was restored.\n")?;
        let names = column(&store, "SELECT canonical FROM speakers WHERE kind = 'person'");
        assert_eq!(names, vec!["Kassym-Jomart Tokayev".to_string()]);
        Ok(())
    }

    #[test]
    fn a_national_organisation_joins_its_earlier_plain_name() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        write(&mut store, "a.txt", "One\n\n\"The border is closed,\" the State Security Committee said.\n")?;
        write(&mut store, "b.txt", "Two\n\n\"The border is open,\" the State Security Committee of Kazakhstan said.\n")?;
        let ids = column(&store, "SELECT id FROM speakers WHERE kind = 'organisation'");
        assert_eq!(ids.len(), 1, "{:?}", column(&store, "SELECT alias_key FROM speaker_aliases"));
        // (named in full, not by a possessive form)
        write(&mut store, "c.txt", "Three\n\n\"The border is shut,\" Kazakhstan's state security committee said.\n")?;
        assert_eq!(column(&store, "SELECT canonical FROM speakers WHERE kind = 'organisation'"), ["State Security Committee of Kazakhstan"]);
        write(&mut store, "d.txt", "Four\n\nThe State Security Committee of Kazakhstan (SSC) said so. \"It is shut,\" the SSC press service said. The SSC press service repeated it.\n")?;
        assert_eq!(column(&store, "SELECT canonical FROM speakers WHERE kind = 'organisation'"), ["State Security Committee of Kazakhstan"]);
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
