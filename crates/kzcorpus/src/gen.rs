//! A synthetic scale corpus for benchmarks: deterministic documents built from the
//! bundled corpus.
//!
//! This is test-data generation, not extraction: it cuts the bundled documents
//! ([`crate::bundled::DOCUMENTS`]) into paragraphs and headline-like lines and recombines
//! them with varied outlets, dates, bylines and page layouts (single articles, wire copy
//! with datelines, daily digests, multi-article pages, site boilerplate, image captions),
//! so the extractors do realistic work at 10k–1M articles. Person names are swapped
//! between common transliterations so speaker resolution is exercised too. The same seed
//! always gives byte-identical documents; every document carries a unique URL so no two
//! share a content hash. No SQL here; the only I/O is [`write_corpus`].

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedDocument {
    /// A relative file name (`0000/0000042.txt`).
    pub name: String,
    /// The document text.
    pub text: String,
    /// How many articles the layout holds.
    pub articles: usize,
}

/// What [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GenReport {
    /// Files written.
    pub documents: usize,
    /// Articles in them.
    pub articles: usize,
    /// Bytes written.
    pub bytes: u64,
}

/// A small, fast, deterministic random number generator (SplitMix64).
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const OUTLETS: &[(&str, &str)] = &[
    ("Reuters", "reuters.example"),
    ("Associated Press", "apnews.example"),
    ("AFP", "afp.example"),
    ("Al Jazeera", "aljazeera.example"),
    ("TASS", "tass.example"),
    ("Euromaidan Press", "euromaidanpress.example"),
    ("Middle East Monitor", "middleeastmonitor.example"),
    ("The Guardian", "theguardian.example"),
    ("BBC News", "bbc.example"),
    ("Eurasianet", "eurasianet.example"),
    ("RFE/RL", "rferl.example"),
    ("The Diplomat", "thediplomat.example"),
    ("The Moscow Times", "themoscowtimes.example"),
    ("The Astana Times", "astanatimes.example"),
    ("Kyiv Post", "kyivpost.example"),
    ("Deutsche Welle", "dw.example"),
];

const FIRST_NAMES: &[&str] =
    &["Anna", "Mark", "Olga", "David", "Aigerim", "Peter", "Maria", "Timur", "Laura", "Nikolai", "Sara", "Daniyar"];
const LAST_NAMES: &[&str] =
    &["Novak", "Ivanova", "Holt", "Bekova", "Hughes", "Petrov", "Kim", "Larsen", "Ortiz", "Sadykov", "Brennan", "Weiss"];
const DATELINES: &[&str] =
    &["ALMATY, Kazakhstan", "MOSCOW", "GENEVA", "NUR-SULTAN, Kazakhstan", "BRUSSELS", "KYIV, Ukraine", "WASHINGTON"];
const SECTIONS: &[&str] =
    &["News flash", "Past 24 hours", "Diplomacy", "Security", "What we are watching", "In other news", "Analysis"];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Transliteration pairs swapped in generated text, so one person appears under several
/// spellings across the corpus.
const VARIANTS: &[(&str, &str)] = &[
    ("Sergey", "Sergei"),
    ("Andrei", "Andrey"),
    ("Serdyukov", "Serdiukov"),
    ("Kassym", "Kasim"),
    ("Tokayev", "Tokaev"),
    ("Nursultan", "Nursoultan"),
];

const HEADER_BOILERPLATE: &[&str] = &[
    "Menu\nSearch\nSign in\nSubscribe",
    "Skip to main content",
    "clear\n\nCreating new perspectives since 2009",
    "Home | World | Europe | Asia | Business | Opinion",
    "Advertisement",
];
const FOOTER_BOILERPLATE: &[&str] = &[
    "Share this article\nFacebook\nTwitter\nEmail",
    "Read more:\nKazakhstan: what we know so far\nThe CSTO explained",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
    "Sign up for our newsletter to get the day's top stories in your inbox.",
    "Reporting by staff correspondents; editing by the news desk",
];

/// The raw material cut from the bundled corpus.
#[derive(Debug, Clone)]
struct Material {
    paragraphs: Vec<String>,
    quoted: Vec<String>,
    headlines: Vec<String>,
}

impl Material {
    fn from_bundled() -> Material {
        let mut paragraphs = Vec::new();
        let mut quoted = Vec::new();
        let mut headlines = Vec::new();
        for (_, bytes) in crate::bundled::DOCUMENTS {
            let text = String::from_utf8_lossy(bytes);
            for line in text.split('\n') {
                let line = line.trim().trim_start_matches('•').trim();
                let words = line.split_whitespace().count();
                if line.starts_with("http") || words < 4 {
                    continue;
                }
                let ends_sentence = line.ends_with(['.', '"', '”', '?', '!']);
                if line.len() >= 60 && ends_sentence {
                    if line.contains(['“', '"']) {
                        quoted.push(line.to_owned());
                    }
                    paragraphs.push(line.to_owned());
                } else if (25..=160).contains(&line.len())
                    && !ends_sentence
                    && words <= 25
                    && line.starts_with(|c: char| c.is_uppercase())
                {
                    headlines.push(line.to_owned());
                }
            }
        }
        if headlines.is_empty() {
            headlines.push("Kazakhstan Unrest".to_owned());
        }
        if paragraphs.is_empty() {
            paragraphs.push("The talks continued on Monday, officials said.".to_owned());
        }
        if quoted.is_empty() {
            quoted.push(paragraphs[0].clone());
        }
        Material { paragraphs, quoted, headlines }
    }
}

/// A deterministic stream of synthetic documents.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    material: Material,
    next_id: usize,
}

impl Generator {
    /// A generator whose output depends only on `seed`.
    pub fn new(seed: u64) -> Generator {
        Generator { rng: Rng(seed ^ 0x6B7A_636F_7270_7573), material: Material::from_bundled(), next_id: 0 }
    }

    /// The next document.
    pub fn next_document(&mut self) -> GeneratedDocument {
        let id = self.next_id;
        self.next_id += 1;
        let (text, articles) = match self.rng.range(0, 9) {
            0..=4 => (self.single(id, false), 1),
            5..=6 => (self.single(id, true), 1),
            7 => (self.digest(id), 1),
            _ => {
                let n = self.rng.range(2, 4);
                (self.listing(id, n), n)
            }
        };
        GeneratedDocument { name: format!("{:04}/{:07}.txt", id / 1000, id), text, articles }
    }

    fn date(&mut self) -> (usize, usize) {
        (self.rng.range(2, 31), self.rng.range(0, 6))
    }

    fn date_line(&mut self) -> String {
        let (day, weekday) = self.date();
        let month = MONTHS[0];
        match self.rng.range(0, 5) {
            0 => format!("{month} {day}, 2022 at {}:{:02} pm", self.rng.range(1, 11), self.rng.range(0, 59)),
            1 => format!(" date 2022-01-{day:02}"),
            2 => format!("Published {day} Jan 2022"),
            3 => format!("{} {day} {month} 2022 {:02}.{:02} GMT", &WEEKDAYS[weekday][..3], self.rng.range(6, 22), self.rng.range(0, 59)),
            4 => format!("{day:02}.01.2022"),
            _ => format!(" {} days ago", self.rng.range(1, 6)),
        }
    }

    fn byline(&mut self) -> String {
        let n = self.rng.range(1, 2);
        let names: Vec<String> =
            (0..n).map(|_| format!("{} {}", self.rng.pick(FIRST_NAMES), self.rng.pick(LAST_NAMES))).collect();
        format!("By {}", names.join(" and "))
    }

    /// Paragraphs for one article body, about `target` bytes, with one transliteration
    /// choice applied consistently.
    fn body(&mut self, target: usize) -> Vec<String> {
        let swap: Vec<bool> = VARIANTS.iter().map(|_| self.rng.chance(50)).collect();
        let mut out = Vec::new();
        let mut size = 0;
        while size < target {
            let p = if self.rng.chance(40) { self.rng.pick(&self.material.quoted) } else { self.rng.pick(&self.material.paragraphs) };
            let mut p = p.clone();
            for ((a, b), &on) in VARIANTS.iter().zip(&swap) {
                if on {
                    p = p.replace(a, b);
                }
            }
            if let Some(rest) = p.strip_prefix("The ").filter(|_| self.rng.chance(50)) {
                // a relative date the event extractor must resolve
                p = format!("On {}, the {rest}", WEEKDAYS[self.rng.range(0, 6)]);
            }
            size += p.len() + 2;
            out.push(p);
        }
        out
    }

    fn headline(&mut self) -> String {
        self.rng.pick(&self.material.headlines).clone()
    }

    fn url(&mut self, id: usize, outlet: usize) -> String {
        let slug: String = self
            .headline()
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("-");
        format!("https://www.{}/news/2022/01/{slug}-{id}", OUTLETS[outlet].1)
    }

    fn single(&mut self, id: usize, wire: bool) -> String {
        let outlet = self.rng.range(0, OUTLETS.len() - 1);
        let mut parts = Vec::new();
        if self.rng.chance(50) {
            parts.push(self.rng.pick(HEADER_BOILERPLATE).to_string());
        }
        parts.push(self.headline());
        let mut meta = Vec::new();
        if self.rng.chance(70) {
            meta.push(self.byline());
        }
        if self.rng.chance(60) {
            meta.push(OUTLETS[outlet].0.to_owned());
        }
        meta.push(self.date_line());
        parts.push(meta.join("\n"));
        if self.rng.chance(30) {
            parts.push(format!(
                "https://img.{}/image.php?id={id}\n{}",
                OUTLETS[outlet].1,
                self.rng.pick(&self.material.headlines)
            ));
        }
        let target = self.rng.range(1500, 5000);
        let mut body = self.body(target);
        if wire {
            if let Some(first) = body.first_mut() {
                let place = self.rng.pick(DATELINES);
                *first = format!("{place} ({}) — {first}", OUTLETS[outlet].0);
            }
        }
        parts.extend(body);
        parts.push(self.url(id, outlet));
        if self.rng.chance(60) {
            parts.push(self.rng.pick(FOOTER_BOILERPLATE).to_string());
        }
        if self.rng.chance(50) {
            parts.push(format!("© 2022 {}. All rights reserved.", OUTLETS[outlet].0));
        }
        parts.join("\n\n") + "\n"
    }

    fn digest(&mut self, id: usize) -> String {
        let outlet = self.rng.range(0, OUTLETS.len() - 1);
        let mut out = format!("Daily review: {}\n\n{}\n\n", self.headline(), self.date_line());
        for _ in 0..self.rng.range(2, 4) {
            let section = *self.rng.pick(SECTIONS);
            out.push_str(section);
            out.push_str("\n\n");
            let target = self.rng.range(400, 1200);
            for p in self.body(target) {
                out.push_str("  • ");
                out.push_str(&p);
                out.push('\n');
            }
            out.push('\n');
        }
        out.push_str(&self.url(id, outlet));
        out.push('\n');
        out
    }

    fn listing(&mut self, id: usize, n: usize) -> String {
        let outlet = self.rng.range(0, OUTLETS.len() - 1);
        let mut parts = vec![format!("{} | Latest news", OUTLETS[outlet].0)];
        for _ in 0..n {
            parts.push(self.headline());
            parts.push(format!("{}\n{}", self.byline(), self.date_line()));
            let target = self.rng.range(1200, 3500);
            parts.extend(self.body(target));
        }
        parts.push(self.url(id, outlet));
        parts.join("\n\n") + "\n"
    }
}

impl Iterator for Generator {
    type Item = GeneratedDocument;

    fn next(&mut self) -> Option<GeneratedDocument> {
        Some(self.next_document())
    }
}

/// Writes documents holding at least `articles` articles under `out`, from `seed`.
///
/// Files go to `out/NNNN/NNNNNNN.txt`, a thousand per folder.
///
/// # Errors
/// [`Error::Io`] when a folder or file cannot be written.
pub fn write_corpus(out: &Path, articles: usize, seed: u64) -> Result<GenReport> {
    let mut report = GenReport::default();
    let mut current_dir: Option<PathBuf> = None;
    for doc in Generator::new(seed) {
        if report.articles >= articles {
            break;
        }
        let path = out.join(&doc.name);
        if let Some(dir) = path.parent() {
            if current_dir.as_deref() != Some(dir) {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                current_dir = Some(dir.to_path_buf());
            }
        }
        std::fs::write(&path, doc.text.as_bytes()).map_err(|e| Error::io(&path, e))?;
        report.documents += 1;
        report.articles += doc.articles;
        report.bytes += doc.text.len() as u64;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_gives_same_documents() {
        let a: Vec<_> = Generator::new(7).take(20).collect();
        let b: Vec<_> = Generator::new(7).take(20).collect();
        let c: Vec<_> = Generator::new(8).take(20).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn documents_are_distinct_and_realistically_sized() {
        let docs: Vec<_> = Generator::new(1).take(300).collect();
        let distinct: std::collections::HashSet<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(distinct.len(), docs.len());
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let articles: usize = docs.iter().map(|d| d.articles).sum();
        let per_article = bytes / articles;
        assert!((1500..6000).contains(&per_article), "{per_article} bytes per article");
        assert!(docs.iter().any(|d| d.text.starts_with("Daily review: ")));
        assert!(docs.iter().any(|d| d.articles > 1));
        assert!(docs.iter().all(|d| d.text.contains("https://www.")));
    }

    #[test]
    fn writes_requested_article_count() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let report = write_corpus(dir.path(), 40, 3)?;
        assert!(report.articles >= 40 && report.articles < 44, "{report:?}");
        let first = std::fs::read_to_string(dir.path().join("0000/0000000.txt")).map_err(|e| Error::io("read", e))?;
        assert_eq!(first, Generator::new(3).next_document().text);
        Ok(())
    }
}
