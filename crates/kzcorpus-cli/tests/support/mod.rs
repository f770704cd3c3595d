//! Helpers of the crash-safety and concurrency tests: a generated corpus, running the
//! `kzcorpus` binary, and reading a database's state in one snapshot.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};

const PEOPLE: &[(&str, &str)] = &[
    ("Foreign Minister", "Amira Talgat"),
    ("General", "Boris Kemel"),
    ("President", "Dana Orynbek"),
    ("Police chief", "Erlan Sadyk"),
    ("Spokeswoman", "Gulnar Ashim"),
];
const PLACES: &[&str] = &["Almaty", "Aktau", "Taraz", "Shymkent", "Atyrau", "Oral"];
const MONTHS: &[&str] = &["January", "February", "March"];

/// The text of generated document `i`: one article (or, every fifth document, a digest of
/// three) with a dateline, quotes, figures and dates, unique by its number.
pub fn document(i: usize) -> String {
    let articles = if i % 5 == 4 { 3 } else { 1 };
    let mut s = String::new();
    for k in 0..articles {
        let (title, name) = PEOPLE[(i + k) % PEOPLE.len()];
        let place = PLACES[(i * 7 + k) % PLACES.len()];
        let month = MONTHS[(i + k) % MONTHS.len()];
        let day = (i * 3 + k) % 28 + 1;
        let surname = name.rsplit(' ').next().unwrap_or(name);
        s.push_str(&format!("Crowds Gather In {place} For Day {} Of Protests\n\n", i + k));
        s.push_str(&format!("{month} {day}, 2022\n\nBy Staff Reporter {i}\n\n"));
        s.push_str(&format!(
            "{}, {month} {day} - {title} {name} said on Monday that {} people had been detained in {place} \
             and about {} troops were deployed to the region.\n\n",
            place.to_uppercase(),
            100 + i * 13 % 900,
            1_000 + (i * 37) % 4_000
        ));
        s.push_str(&format!(
            "\u{201C}The situation in {place} is under control and talks will resume on {month} {},\u{201D} {surname} told reporters. \
             \"We will not allow document {i} to be forgotten,\" {surname} added.\n\n",
            (day % 27) + 2
        ));
        s.push_str(&format!(
            "At least {} people were killed and {} injured, the health ministry said on Tuesday. \
             Officials in {place} met with protest leaders {} days ago.\n\n",
            i % 40 + 2,
            i % 300 + 10,
            i % 6 + 2
        ));
        for p in 0..(i % 4) {
            s.push_str(&format!(
                "Paragraph {p} of report {i}: shops in {place} reopened as the curfew was eased, residents said.\n\n"
            ));
        }
    }
    s
}

/// Writes `n` generated documents into `dir/docs` and returns that folder.
pub fn generate(dir: &Path, n: usize) -> PathBuf {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("create docs folder");
    for i in 0..n {
        std::fs::write(docs.join(format!("doc{i:05}.txt")), document(i)).expect("write a generated document");
    }
    docs
}

/// The `kzcorpus` binary with `args`.
pub fn kzcorpus(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kzcorpus"));
    cmd.args(args);
    cmd
}

/// Starts `kzcorpus build --quiet <docs> --db <db>` in the background.
pub fn spawn_build(docs: &Path, db: &Path) -> Child {
    kzcorpus(&["build", "--quiet"])
        .arg(docs)
        .arg("--db")
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kzcorpus build")
}

/// Runs `kzcorpus build` to completion.
pub fn run_build(docs: &Path, db: &Path) -> Output {
    kzcorpus(&["build", "--quiet"]).arg(docs).arg("--db").arg(db).output().expect("run kzcorpus build")
}

/// stderr of a finished process, as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Rows per stored document, keyed by the document's file name.
pub type PerDocument = BTreeMap<String, [i64; 5]>;

/// Per document: articles, quotes, mentions, events and claims — read in ONE statement, so
/// in one snapshot of the database.
pub const PER_DOCUMENT_SQL: &str = "
    SELECT d.path,
           (SELECT count(*) FROM articles a WHERE a.document_id = d.id),
           (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.document_id = d.id),
           (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.document_id = d.id),
           (SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.document_id = d.id),
           (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.document_id = d.id)
    FROM documents d ORDER BY d.path";

/// Opens `db` read-only (as an analyst's second process would).
pub fn open_read_only(db: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    Ok(conn)
}

/// The per-document rows of `db`.
pub fn per_document(conn: &Connection) -> rusqlite::Result<PerDocument> {
    let mut stmt = conn.prepare(PER_DOCUMENT_SQL)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?])))?;
    rows.collect()
}

/// `PRAGMA integrity_check` of `db`.
pub fn integrity(db: &Path) -> String {
    let conn = Connection::open(db).expect("open for integrity_check");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity_check")
}

/// Row counts of every table of `db` (documents ... claims, speakers, FTS rows).
pub fn table_counts(db: &Path) -> BTreeMap<String, i64> {
    let conn = Connection::open(db).expect("open");
    let mut out = BTreeMap::new();
    for t in [
        "documents", "articles", "authors", "media", "speakers", "speaker_aliases", "speaker_titles", "mentions", "quotes",
        "events", "event_participants", "claims", "articles_fts", "quotes_fts",
    ] {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).expect("count");
        out.insert(t.to_owned(), n);
    }
    out
}

/// Checks the full-text indexes agree with their tables (FTS5 'integrity-check').
pub fn fts_consistent(db: &Path) {
    let conn = Connection::open(db).expect("open");
    for t in ["articles_fts", "quotes_fts"] {
        conn.execute(&format!("INSERT INTO {t}({t}) VALUES ('integrity-check')"), [])
            .unwrap_or_else(|e| panic!("{t} out of sync with its table: {e}"));
    }
}

/// Waits until `cond` holds (checked every few milliseconds) or `limit` passes.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

/// How many documents `db` holds right now (0 while it does not exist or has no schema).
pub fn documents_now(db: &Path) -> i64 {
    if !db.exists() {
        return 0;
    }
    open_read_only(db)
        .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
        .unwrap_or(0)
}
