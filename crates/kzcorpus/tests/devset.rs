//! The development sets (`tests/devset/` to `tests/devset15/`): hand-annotated documents in the styles of
//! other outlets (wires, TASS, Guardian, Al Jazeera, a Ukrainian digest, a machine
//! translation, a scraped page), scored with `tests/gold/score.py` to guard the generality
//! of the extractors. The floors sit a little under the measured figures so that
//! regressions fail; raise them when the extractors improve.

use std::process::Command;

use crate::common::{figure, repo_root, tempdir};

#[test]
fn devset_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.8),
        ("articles/published/accuracy", 0.95),
        ("articles/authors/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.95),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.88),
        ("speaker_variants/merged_rate", 1.0),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.7),
    ];
    assert_floors("tests/devset", 11, &floors);
}

/// The second set (`tests/devset2/`), annotated without looking at the extractors; the
/// rules written after scoring it are general, but its figures overstate what unseen
/// text will give.
#[test]
fn devset2_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.9),
        ("articles/published/accuracy", 0.95),
        ("articles/authors/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.8),
        ("articles/boilerplate_removed/rate", 0.9),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.89),
        ("speaker_variants/merged_rate", 0.85),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.9),
        ("events/date_and_type/f1", 0.75),
    ];
    assert_floors("tests/devset2", 8, &floors);
}

/// The third set (`tests/devset3/`), also annotated blind; scored after the rules of
/// session 4 were written for devset2, then used for a second round of rules.
#[test]
fn devset3_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.4),
        ("articles/published/accuracy", 0.95),
        ("articles/authors/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.8),
        ("quotes/spans/f1", 0.88),
        ("quotes/attribution/accuracy", 0.8),
        ("speaker_variants/merged_rate", 0.95),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset3", 8, &floors);
}

/// The fourth set (`tests/devset4/`), annotated blind in session 5 (an Al Jazeera piece, a
/// press-conference transcript, a Kazinform wire, an email newsletter of three stories, a
/// scraped page with HTML residue, an opinion column, a factbox). Its first score, on the
/// rules of session 4, was segmentation 0.44, quote F1 0.90, attribution 0.85, claims 0.87.
#[test]
fn devset4_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.95),
        ("articles/published/accuracy", 0.95),
        ("articles/authors/accuracy", 0.8),
        ("articles/dateline/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.9),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.9),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset4", 10, &floors);
}

/// The fifth set (`tests/devset5/`), annotated blind in session 5 (a TV transcript, a
/// ministry comment, text from a PDF, an AFP wire, a Kazakh outlet in translation, a
/// clock-time live blog, a Xinhua briefing, a social-media round-up). Its first score, on
/// the rules written for devset4, was segmentation 0.38, published 0.25, attribution 0.66,
/// claims 0.81, events 0.63/0.27.
#[test]
fn devset5_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.95),
        ("articles/published/accuracy", 0.95),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.8),
        ("events/date/f1", 0.62),
        ("events/date_and_type/f1", 0.4),
    ];
    assert_floors("tests/devset5", 8, &floors);
}

/// The sixth set (`tests/devset6/`), annotated blind in session 6 (an RFE/RL report, an
/// encyclopedia-style timeline with citation markers, a BBC Monitoring digest, a Hansard
/// record, a forwarded email, a long read, a Moscow Times report, a podcast transcript).
/// Its first score, on the rules of session 5, was segmentation 0.75, outlet 0.25,
/// boilerplate 0.58, claims 0.80, events 0.80/0.49.
#[test]
fn devset6_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/published/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.9),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.8),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset6", 8, &floors);
}

/// The seventh set (`tests/devset7/`), annotated blind in session 6 (Tehran Times,
/// Ukrainska Pravda, a DW rewrite, a CSTO press release, an NYT-style analysis, a State
/// Department briefing, three versions of one wire story, a fact check). Its first score,
/// on the rules of session 5, was segmentation 0.67, outlet 0.33, authors 0.0,
/// attribution 0.79, claims 0.87, events 0.82/0.54.
#[test]
fn devset7_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/published/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.85),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.8),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset7", 10, &floors);
}

/// The eighth set (`tests/devset8/`), annotated blind in session 7 (an NPR transcript, Arab
/// News, a Human Rights Watch release, an Axios item, the Astana Times, a translated Telegram
/// digest, a PTI story, a UN noon briefing). Its first score, on the rules of session 6, was
/// segmentation 0.875, outlet 0.29, dateline 0.25, boilerplate 0.55, attribution 0.72,
/// claims 0.86, events 0.66/0.47.
#[test]
fn devset8_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/published/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.75),
        ("articles/boilerplate_removed/rate", 0.8),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset8", 8, &floors);
}

/// The ninth set (`tests/devset9/`), annotated blind in session 7 (Kyodo, Armenpress, BelTA,
/// an OCR'd newspaper page, TV subtitles, a page saved as Markdown, a think-tank commentary
/// with endnotes, a Chinese MFA press conference). Its first score, on the rules of session 6,
/// was segmentation 0.33, outlet 0.5, dateline 0.0, boilerplate 0.60, quote spans 0.82,
/// attribution 0.78, claims 0.87, events 0.51/0.37.
#[test]
fn devset9_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.9),
        ("articles/outlet/accuracy", 0.8),
        ("articles/published/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.9),
        ("quotes/spans/f1", 0.88),
        ("quotes/attribution/accuracy", 0.8),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset9", 9, &floors);
}

/// The tenth set (`tests/devset10/`), annotated blind in session 7 (AP "The Latest", a
/// markets story, a question-headed explainer, AKIpress, an EU statement to the OSCE, an RSS
/// feed, France 24, a Reddit thread). Its first score, with the rules of the first half of
/// session 7, was segmentation 0.5, outlet 0.5, published 0.4, boilerplate 0.42, events
/// 0.62/0.49. Since session 8 the RSS feed's five items are five articles (segmentation
/// 0.5 → 0.83), published by the channel named in the feed's title.
#[test]
fn devset10_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.8),
        ("articles/outlet/accuracy", 0.95),
        ("articles/published/accuracy", 0.75),
        ("quotes/spans/f1", 0.9),
        ("quotes/attribution/accuracy", 0.83),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset10", 12, &floors);
}

/// The eleventh set (`tests/devset11/`), annotated blind in session 7 (a prosecutor's
/// briefing, a defence ministry statement, a timestamped video interview, an academic
/// commentary, an oldest-first live blog, APA on Georgia, an updated and corrected story, a
/// letter to the editor). Its first score, with the rules of the first half of session 7,
/// was segmentation 0.875, outlet 0.43, dateline 0.33, boilerplate 0.67, attribution 0.61,
/// claims 0.78, events 0.69/0.41.
#[test]
fn devset11_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/published/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.8),
        ("quotes/spans/f1", 0.9),
        ("quotes/attribution/accuracy", 0.58),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.68),
        ("events/date_and_type/f1", 0.4),
    ];
    assert_floors("tests/devset11", 8, &floors);
}

/// The twelfth set (`tests/devset12/`), annotated blind in session 8 (a Kremlin transcript
/// of the CSTO session, a feed of Interfax items, machine-translated Kazakh news, an FT-style
/// analysis, an expat's diary, FCDO travel advice, an RNS notice, a NATO press conference).
/// Its first score, with the first event-type rules of session 8, was segmentation 0.42,
/// outlet 0.33, dateline 0.0, attribution 0.61, claims 0.81, events 0.83/0.55.
#[test]
fn devset12_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.78),
        ("articles/outlet/accuracy", 0.85),
        ("articles/dateline/accuracy", 0.65),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.7),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.8),
        ("events/date_and_type/f1", 0.52),
    ];
    assert_floors("tests/devset12", 11, &floors);
}

/// The thirteenth set (`tests/devset13/`), annotated blind in session 8 (a WhatsApp export,
/// a printer-friendly page, an SCMP-style piece, the Congressional Record, the OSCE chair's
/// address, a photo agency's captions, a Sputnik interview, a news aggregator page). Its
/// first score was segmentation 0.63, published 0.25, attribution 0.81, claims 0.83, events
/// 0.42/0.34.
#[test]
fn devset13_figures_do_not_regress() {
    let floors = [
        ("articles/published/accuracy", 0.95),
        ("quotes/spans/f1", 0.85),
        ("quotes/attribution/accuracy", 0.9),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.65),
        ("events/date_and_type/f1", 0.47),
    ];
    assert_floors("tests/devset13", 8, &floors);
}

/// The fourteenth set (`tests/devset14/`), annotated blind in session 8 (an OSINT thread, a
/// decree, Press TV, Dawn with APP, OHCHR briefing notes, CrisisWatch, NHK World, a Meduza
/// newsletter). Its first score was segmentation 0.71, outlet 0.2, dateline 0.5,
/// attribution 0.71, claims 0.83.
#[test]
fn devset14_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.68),
        ("claims/value/f1", 0.8),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.5),
    ];
    assert_floors("tests/devset14", 8, &floors);
}

/// The fifteenth set (`tests/devset15/`), annotated blind in session 8 (The Diplomat, the
/// current-events portal, Kazakh TV, TRT World, an Amnesty urgent action, Hromadske, a blog
/// post with comments, a LinkedIn post). Its first score was segmentation 0.71, outlet 0.5,
/// attribution 0.96, claims 0.91, events 0.65/0.52.
#[test]
fn devset15_figures_do_not_regress() {
    let floors = [
        ("articles/outlet/accuracy", 0.8),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.95),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.63),
        ("events/date_and_type/f1", 0.5),
    ];
    assert_floors("tests/devset15", 8, &floors);
}

/// Builds the documents of the set in `dir` (relative to the repository), scores them and
/// asserts each figure is at least its floor.
fn assert_floors(dir: &str, articles: u64, floors: &[(&str, f64)]) {
    let root = repo_root();
    let tmp = tempdir();
    let db = tmp.path().join("devset.db");
    let docs = root.join(dir).join("docs");
    let options = kzcorpus::build::BuildOptions { strict: true, ..Default::default() };
    let report = kzcorpus::build::build(&[docs], &db, &options, &mut |_| {}).expect("build the development set");
    assert_eq!(report.articles as u64, articles, "{dir} articles");
    let out = Command::new("python3")
        .arg(root.join("tests/gold/score.py"))
        .arg("--db")
        .arg(&db)
        .arg("--gold")
        .arg(root.join(dir))
        .arg("--json")
        .output()
        .expect("python3 must be installed to run the gold scorer");
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).expect("score.py prints JSON");
    let low: Vec<String> = floors
        .iter()
        .filter_map(|&(path, min)| {
            let got = figure(&s, path);
            (got < min).then(|| format!("{path} = {got} < {min}"))
        })
        .collect();
    assert!(low.is_empty(), "{dir} regressions: {low:?}");
}

/// The sixteenth set (`tests/devset16/`), annotated blind in session 9 (a PR Newswire
/// release, an ISW-style update, a US embassy security alert, Kommersant in translation,
/// Euronews, Yonhap, Global Voices, a Markdown chronology table). Its first score, with the
/// session's first event rules in place, was segmentation 0.61, outlet 0.33, published 0.29,
/// attribution 0.77, claims 0.97, events 0.70/0.43.
#[test]
fn devset16_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.8),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset16", 8, &floors);
}

/// The seventeenth set (`tests/devset17/`), annotated blind in session 9 (Nikkei behind a
/// paywall, a European Parliament question and answer, VOA Learning English, ANSA, a court
/// hearing, a Bellingcat-style investigation, 24.kg, a CNN "what we know" list). Its first
/// score, with the session's first event rules in place, was segmentation 0.875, outlet 0.14,
/// attribution 0.83, claims 0.96, events 0.66/0.51.
#[test]
fn devset17_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("quotes/spans/f1", 0.9),
        ("quotes/attribution/accuracy", 0.8),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.63),
        ("events/date_and_type/f1", 0.5),
    ];
    assert_floors("tests/devset17", 8, &floors);
}

/// The eighteenth set (`tests/devset18/`), annotated blind in session 9 (Middle East Eye,
/// Anadolu, a UN Security Council press statement, a Johnson's Russia List digest of three
/// items, a Stratfor situation report, Le Monde in English, a minister's Facebook post, a
/// Freedom House statement). Its first score, with this session's first two commits in
/// place (the session-start binary scored the same), was segmentation 0.74, outlet 0.43,
/// attribution 0.83, claims 0.83, events 0.55/0.40.
#[test]
fn devset18_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.8),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.8),
        ("claims/value/f1", 0.8),
        ("events/date/f1", 0.63),
        ("events/date_and_type/f1", 0.47),
    ];
    assert_floors("tests/devset18", 9, &floors);
}

/// The nineteenth set (`tests/devset19/`), annotated blind in session 9 (The National, Kyiv
/// Post, Trend, Kun.uz, a Substack issue, a Belarusian outlet in translation, a Chatham
/// House-style comment, Al-Ahram Weekly). Its first score, scored like devset18's, was
/// segmentation 0.75, outlet 0.4, attribution 0.85, claims 0.98, events 0.79/0.59.
#[test]
fn devset19_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset19", 8, &floors);
}

/// The twentieth set (`tests/devset20/`), annotated blind in session 10 (an Economist-style
/// piece, Civil.ge, a Global Times op-ed, a Jamestown analysis, a quoted-printable e-mail
/// newsletter, a bitcoin-mining blog, Montsame, a hockey item). Its first score was
/// segmentation 0.75, outlet 0.83, attribution 0.75, claims 0.91, events 0.79/0.50.
#[test]
fn devset20_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.8),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset20", 8, &floors);
}

/// The twenty-first set (`tests/devset21/`), annotated blind in session 10 (a Foreign
/// Policy newsletter, Report.az, Kaktus.media in translation, IRNA, Hürriyet Daily News, a
/// CGTN transcript, a Quora answer, a paywalled bne IntelliNews briefing). Its first score
/// was segmentation 0.875, outlet 0.57, attribution 0.68, claims 0.95, events 0.70/0.43.
#[test]
fn devset21_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.95),
        ("quotes/spans/f1", 0.9),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.51),
    ];
    assert_floors("tests/devset21", 8, &floors);
}

/// The twenty-second set (`tests/devset22/`), annotated blind in session 10 (Sky News, RIA
/// Novosti, a university press release, a Wikipedia talk page, the Straits Times, Al
/// Arabiya, an Azattyq TV script, an embassy statement), written after most of the
/// session's rules. Its first score, with the session's binary at that point, was
/// segmentation 0.75, outlet 0.5, attribution 0.81, claims 0.96, events 0.73/0.56.
#[test]
fn devset22_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.7),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.7),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset22", 8, &floors);
}

/// The twenty-third set (`tests/devset23/`), annotated blind in session 10 (Izvestia in
/// machine translation, a NATO press release, a White House briefing, a Slack export, a
/// Hindustan Times live page, a Kyrgyz parliament release, a bank's oil note, Politico's
/// Brussels Playbook), written after most of the session's rules. Its first score was
/// segmentation 0.5, outlet 0.67, attribution 0.73, claims 0.92, events 0.81/0.67.
#[test]
fn devset23_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.8),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.7),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset23", 8, &floors);
}

/// The twenty-fourth set (`tests/devset24/`), annotated blind at the end of session 10 (DW
/// Russian service in translation, a YouTube live-stream page, Reuters Breakingviews, LRT
/// English, ABC News, the Turkmen state agency, the Economic Times, podcast show notes),
/// written after the session's rules: the session-start binary scored segmentation 0.875,
/// outlet 0.57, attribution 0.825, claims 0.91, events 0.79/0.65; the session's final one
/// attribution 0.85 and events 0.81/0.67, the rest the same.
#[test]
fn devset24_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.55),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.60),
    ];
    assert_floors("tests/devset24", 8, &floors);
}

/// The twenty-fifth set (`tests/devset25/`), annotated blind at the end of session 10
/// (Vedomosti in translation, the FT's FirstFT, Kloop in translation, Le Point with French
/// typography, a security firm's travel bulletin, a Xinhua photo story, a Reddit AMA, the
/// Ukrainian foreign ministry), written after the session's rules, which did not change its
/// figures: segmentation 0.875, outlet 0.57, attribution 0.86, claims 0.91, events 0.77/0.53.
#[test]
fn devset25_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.55),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.51),
    ];
    assert_floors("tests/devset25", 8, &floors);
}

/// The twenty-sixth set (`tests/devset26/`), annotated blind in session 11 (Orda.kz in
/// translation, Tengrinews, an Arab News column, MailOnline, Yle News, Asia-Plus, Polish
/// Radio, CBC News). Its first score, with the session's starting rules, was segmentation
/// 0.125 (menus set apart by two spaces read as headlines), attribution 0.87, claims 0.84,
/// events 0.82/0.66.
#[test]
fn devset26_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.95),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.7),
    ];
    assert_floors("tests/devset26", 8, &floors);
}

/// The twenty-seventh set (`tests/devset27/`), annotated blind in session 11 (a Bloomberg
/// terminal page, the Washington Post, tagesschau.de in machine translation, swissinfo.ch,
/// a shipping newsletter, RTÉ News, Yahoo News with AFP copy, ERR News). First score:
/// segmentation 0.625, outlet 0.2, attribution 0.85, claims 0.89, events 0.75/0.54.
#[test]
fn devset27_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.4),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset27", 8, &floors);
}

/// The twenty-eighth set (`tests/devset28/`), annotated blind in session 11 (a think tank's
/// event summary, Wikinews, RNZ, an engineering blog, a Hacker News thread, Radio Prague,
/// the Times of Israel, TOLOnews). First score: segmentation 0.375, outlet 0.0, attribution
/// 0.57, claims 0.92, events 0.75/0.61.
#[test]
fn devset28_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.78),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset28", 8, &floors);
}

/// The twenty-ninth set (`tests/devset29/`), annotated blind in session 11 (the Korea
/// Herald, a WION transcript, a WSJ newsletter, NEWS.am, The Conversation, a Hacker News
/// thread, a Times of Israel live blog, Prensa Latina). First score: segmentation 0.625,
/// outlet 0.4, attribution 0.78, claims 0.97, events 0.80/0.51.
#[test]
fn devset29_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.6),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.78),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset29", 8, &floors);
}

/// The thirtieth set (`tests/devset30/`), annotated blind at the end of session 11 (Carnegie
/// Politika, Vatican News, INQUIRER.net, Fox News, a TASS press review, an IFRC bulletin, UN
/// News, DER SPIEGEL International). With the session's starting rules: segmentation 0.625,
/// outlet 0.2, published 0.6, attribution 0.73, claims 0.92, events 0.75/0.49; with the rules
/// written before it arrived, segmentation 0.875 and outlet 0.29, the rest unchanged.
#[test]
fn devset30_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.35),
        ("articles/published/accuracy", 0.85),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset30", 8, &floors);
}

/// The thirty-first set (`tests/devset31/`), annotated blind at the end of session 11 (LSM.lv,
/// JAMnews, a House subcommittee hearing, a Telegram channel export, CNA, EURACTIV, The Times
/// of Central Asia, a FRANCE 24 debate transcript). With the session's starting rules: outlet
/// 0.43, attribution 0.91; with the rules written before it arrived, outlet 0.86 and
/// attribution 0.93, the rest unchanged (segmentation 0.875, claims 0.95, events 0.84/0.64).
#[test]
fn devset31_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("articles/outlet/accuracy", 0.8),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.9),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset31", 8, &floors);
}

/// The thirty-second set (`tests/devset32/`), annotated blind at the start of session 12 (Gulf
/// News, Civil.ge, the Taipei Times, a Mastodon thread, Daily Maverick, The Express Tribune, a
/// Swedish government press release, a Japan Times editorial). With the session's starting
/// rules: segmentation 0.75, outlet 0.83, authors 0.33, attribution 0.84, claims 0.98, events
/// 0.81/0.57.
#[test]
fn devset32_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.6),
    ];
    assert_floors("tests/devset32", 8, &floors);
}

/// The thirty-third set (`tests/devset33/`), annotated blind at the start of session 12 (The
/// Hindu, a law firm's sanctions alert, a local paper running AP copy under an editor's note,
/// TRT World, a Politics Stack Exchange question, Kursiv in translation, The Herald, a
/// Mastodon thread). With the session's starting rules: segmentation 0.5, attribution 0.77,
/// claims 0.92, events 0.73/0.49.
#[test]
fn devset33_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.52),
    ];
    assert_floors("tests/devset33", 8, &floors);
}

/// The thirty-fourth set (`tests/devset34/`), annotated blind in session 12 (Caixin Global, a
/// European Parliament committee release, Newsweek, The Jerusalem Post, Business Insider, Stars
/// and Stripes, The Irish Times, a Kazakh foreign ministry briefing). The session's rules
/// written before it arrived changed nothing on it (attribution 0.79, events 0.76/0.62).
#[test]
fn devset34_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.95),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.74),
        ("events/date_and_type/f1", 0.6),
    ];
    assert_floors("tests/devset34", 8, &floors);
}

/// The thirty-fifth set (`tests/devset35/`), annotated blind in session 12 (The Globe and Mail,
/// a Kazakh foreign ministry briefing transcript, Stars and Stripes, a CRS Insight, an airport's
/// press release, Bernama, The Jakarta Post, the Mazhilis press service). The session's rules
/// written before it arrived raised attribution from 0.68 to 0.78; the rest did not move.
#[test]
fn devset35_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.85),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.76),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.7),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset35", 8, &floors);
}

/// The thirty-sixth set (`tests/devset36/`), annotated blind in session 12 (a machine-translated
/// forum thread, a Fitch Wire note, VnExpress International, an EUobserver week ahead, a CPJ
/// alert, a US college paper, Hungary Today, a Kazakh football site). The rules written in the
/// session before it arrived raised attribution from 0.79 to 0.83; nothing else moved
/// (segmentation 0.75, events 0.72/0.48).
#[test]
fn devset36_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.7),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.8),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.7),
        ("events/date_and_type/f1", 0.46),
    ];
    assert_floors("tests/devset36", 8, &floors);
}

/// The thirty-seventh set (`tests/devset37/`), annotated blind in session 12 (Khaama Press, The
/// Times of India, a Moscow Times page with a cookie banner and JSON-LD, Hürriyet Daily News,
/// MONTSAME, Civil.ge, The Straits Times, Novinite). The rules written in the session before it
/// arrived raised attribution from 0.89 to 0.94 (0.91 after the review's fixes); nothing else
/// moved.
#[test]
fn devset37_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.9),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset37", 8, &floors);
}

/// The thirty-eighth set (`tests/devset38/`), annotated blind in session 12 (SBS News,
/// Al-Monitor, Asia Times, The Hill, Eurasia Review, Radio Free Asia, a dpa wire, Novaya Gazeta
/// Europe). The session's rules written before it arrived raised published 0.67 → 0.83,
/// authors 0.4 → 0.8 and events 0.74/0.52 → 0.79/0.59; attribution stayed 0.81.
#[test]
fn devset38_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.7),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset38", 8, &floors);
}

/// The thirty-ninth set (`tests/devset39/`), annotated blind in session 12 (Al-Monitor, a
/// Meduza card explainer, a UN noon briefing, Gulf Times, a scraped AMP page, a Factiva export,
/// a Wayback Machine capture, Premium Times). The session's rules written before it arrived
/// raised segmentation 0.625 → 0.75 and dateline 0 → 0.5; attribution stayed 0.68 until rules
/// for Arabic names and roles set off before a name (0.79, not blind).
#[test]
fn devset39_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.7),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.42),
    ];
    assert_floors("tests/devset39", 8, &floors);
}

/// The fortieth set (`tests/devset40/`), annotated blind in session 13 (Rappler, a Bangkok Post
/// world page, Malay Mail with Reuters, a Kathmandu Post analysis, Rudaw, a hard-wrapped Usenet
/// post, The Brussels Times, a Balkan Insight feature). Scored first with the session-start binary
/// and with the binary as it stood when the set arrived: attribution 0.905, events 0.77/0.65 (no
/// change before its own rules).
#[test]
fn devset40_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.77),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.9),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.8),
        ("events/date_and_type/f1", 0.67),
    ];
    assert_floors("tests/devset40", 8, &floors);
}

/// The forty-first set (`tests/devset41/`), annotated blind in session 13 (an Agerpres wire, Notes
/// from Poland, Buenos Aires Times with AFP, Global News with video captions, Daily Nation, a
/// Haaretz analysis, Dhaka Tribune, an El País interview). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: attribution 0.70 (no change before
/// its own rules).
#[test]
fn devset41_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.9),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset41", 8, &floors);
}

/// The forty-second set (`tests/devset42/`), annotated blind in session 13 (a Kyodo wire in a
/// regional paper, Guardian Australia, Deccan Herald, a Daily Sabah column, VOA with audio-player
/// lines, a Euronews digest, Interfax-Ukraine, Greek Reporter). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: nothing moved; attribution was
/// already 0.925.
#[test]
fn devset42_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.9),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.98),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset42", 8, &floors);
}

/// The forty-third set (`tests/devset43/`), annotated blind in session 13 (an ABC News live page,
/// the Sydney Morning Herald with Reuters, Mainichi, Gazeta.uz, The Slovak Spectator, an embassy's
/// Facebook Q&A, Pakistan Today, the New Straits Times). Scored first with the session-start binary
/// and with the binary as it stood when the set arrived: attribution 0.829 → 0.857.
#[test]
fn devset43_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.66),
        ("events/date_and_type/f1", 0.51),
    ];
    assert_floors("tests/devset43", 8, &floors);
}

/// The forty-fourth set (`tests/devset44/`), annotated blind in session 13 (China Daily with
/// Xinhua, Nezavisimaya Gazeta, Radio Azattyk, a KazTAG wire, a Zakon.kz photo report, Lenta.ru,
/// Kazakhstanskaya Pravda, Yeni Şafak). Scored first with the session-start binary and with the
/// binary as it stood when the set arrived: nothing moved (0.76 attribution).
#[test]
fn devset44_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.9),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.89),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset44", 8, &floors);
}

/// The forty-fifth set (`tests/devset45/`), annotated blind in session 13 (Lenta.ru in machine
/// translation, an RBC business piece, Fontanka, Meduza's The Beet, Euromaidan Press, Ukrainska
/// Pravda's news in brief, Belsat, Rossiyskaya Gazeta). Scored first with the session-start binary
/// and with the binary as it stood when the set arrived: nothing moved (0.84 attribution).
#[test]
fn devset45_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.77),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.41),
    ];
    assert_floors("tests/devset45", 8, &floors);
}

/// The forty-sixth set (`tests/devset46/`), annotated blind in session 13 (think tanks: Atlantic
/// Council, CFR, OSW, ECFR, the Wilson Center, Foreign Affairs, the Lowy Institute's Interpreter,
/// the Valdai Club). Scored first with the session-start binary and with the binary as it stood
/// when the set arrived: attribution 0.825 → 0.875.
#[test]
fn devset46_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset46", 8, &floors);
}

/// The forty-seventh set (`tests/devset47/`), annotated blind in session 13 (Times of Malta, Cyprus
/// Mail with AFP, The Local, People's Daily Online, TODAY, an Arirang TV script, Radio Canada
/// International, a Global Times editorial). Scored first with the session-start binary and with
/// the binary as it stood when the set arrived: nothing moved (0.88 attribution).
#[test]
fn devset47_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.9),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.98),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.71),
    ];
    assert_floors("tests/devset47", 8, &floors);
}

/// The forty-eighth set (`tests/devset48/`), annotated blind in session 13 (Bloomberg Opinion, the
/// Washington Post's WorldView, WSJ Heard on the Street, the Guardian's First Edition, a New Yorker
/// letter, an Independent op-ed, an FT Big Read, an AP explainer). Scored first with the session-
/// start binary and with the binary as it stood when the set arrived: nothing moved (0.77
/// attribution).
#[test]
fn devset48_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.74),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset48", 8, &floors);
}

/// The forty-ninth set (`tests/devset49/`), annotated blind in session 13 (state agencies: AZERTAC,
/// Armradio, Interpressnews, IPN, Khovar, UzA, Neutral Turkmenistan, ikon.mn). Scored first with
/// the session-start binary and with the binary as it stood when the set arrived: nothing moved
/// (0.83 attribution).
#[test]
fn devset49_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.9),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.89),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset49", 8, &floors);
}

/// The fiftieth set (`tests/devset50/`), annotated blind in session 13 (POLITICO Europe, a UN
/// Security Council stakeout, The Economist's Espresso, Anadolu's Russian service in translation,
/// Krasnaya Zvezda, CABAR.asia, the Christian Science Monitor, Fergana News). Scored first with the
/// session-start binary and with the binary as it stood when the set arrived: nothing moved
/// (attribution 0.906; the Espresso page's three items are still one article).
#[test]
fn devset50_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.45),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.43),
    ];
    assert_floors("tests/devset50", 8, &floors);
}

/// The fifty-first set (`tests/devset51/`), annotated blind in session 13 (Sky News Australia, NDTV
/// with PTI, Khaleej Times, The Peninsula, Ahram Online, The Daily Star of Lebanon, The Jordan
/// Times, Hindustan Times). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: attribution 0.930 → 0.907 when it arrived (a plain ministry joined
/// another country's across articles and took its possessive name); 0.954 after the review's fixes.
#[test]
fn devset51_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.77),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset51", 8, &floors);
}

/// The fifty-second set (`tests/devset52/`), annotated blind in session 13 (The Guardian of
/// Nigeria, Mail & Guardian, Daily Monitor, Addis Standard, Sudan Tribune, Morocco World News, a
/// TAP wire, Africanews). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: nothing moved (attribution 0.79); 0.81 after the rules written from
/// it.
#[test]
fn devset52_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset52", 8, &floors);
}

/// The fifty-third set (`tests/devset53/`), annotated blind in session 13 (MercoPress, Mexico News
/// Daily, Colombia Reports, The Tico Times, The Santiago Times, Caracas Chronicles, The Brazil
/// Reporter, teleSUR English). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: attribution 0.878 → 0.898.
#[test]
fn devset53_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.77),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.9),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset53", 8, &floors);
}

/// The fifty-fourth set (`tests/devset54/`), annotated blind in session 13 (an RFE/RL Majlis
/// podcast page, a Reuters UPDATE wire, a BBC live page, an Al Jazeera Inside Story transcript, a
/// Euronews Cube fact-check, a CNN newsletter, a France 24 Focus report, a DW item). Scored first
/// with the session-start binary and with the binary as it stood when the set arrived: events
/// date+type 0.647 → 0.677; attribution 0.84 unchanged.
#[test]
fn devset54_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.77),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset54", 8, &floors);
}

/// The fifty-fifth set (`tests/devset55/`), annotated blind in session 13 (Kazakh regional and city
/// outlets: an Aktobe weekly, a Karaganda TV site, a Shymkent portal, Uralsk Week, a Senate
/// release, Vecherniy Almaty, an Almaty portal, an Atyrau portal). Scored first with the session-
/// start binary and with the binary as it stood when the set arrived: attribution 0.85 → 0.875;
/// segmentation 2/8, then 6/8 after rules written from it.
#[test]
fn devset55_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.39),
    ];
    assert_floors("tests/devset55", 8, &floors);
}

/// The fifty-sixth set (`tests/devset56/`), annotated blind in session 14 (Russian-language media
/// in English translation: an Ekho Moskvy interview, a Mediazona chronicle, Gazeta.Ru,
/// Komsomolskaya Pravda, a TV Rain transcript, a Rossiya 24 segment, The Insider, a Moskovsky
/// Komsomolets column). Scored first with the session-start binary: attribution 0.865.
#[test]
fn devset56_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.52),
    ];
    assert_floors("tests/devset56", 8, &floors);
}

/// The fifty-seventh set (`tests/devset57/`), annotated blind in session 14 (Ukrainian and Middle
/// Eastern outlets: NV.ua, ZN.ua, the Ukrainian foreign ministry, Tasnim, Asharq Al-Awsat,
/// i24NEWS, Kuwait Times, Kurdistan24). Scored first with the session-start binary: attribution
/// 0.804, then 0.870 with the first rule written from it (a ministry placed in a capital).
#[test]
fn devset57_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset57", 8, &floors);
}

/// The fifty-eighth set (`tests/devset58/`), annotated blind in session 14 (Asia-Pacific outlets:
/// the Asahi Shimbun, Focus Taiwan, ANTARA, the Philippine Star, ThePrint, Scroll.in, a Firstpost
/// explainer, the NZ Herald). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: attribution 0.957 both.
#[test]
fn devset58_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.94),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset58", 8, &floors);
}

/// The fifty-ninth set (`tests/devset59/`), annotated blind in session 14 (defence and policy press
/// and regional papers: War on the Rocks, Defense News, Independent.ie, The Scotsman, the Evening
/// Standard, Canadian Press in the StarPhoenix, Lawfare, Breaking Defense). Scored first with the
/// session-start binary and with the binary as it stood when the set arrived: attribution 0.855
/// both; 0.964 after rules written from it.
#[test]
fn devset59_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.95),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset59", 8, &floors);
}

/// The 60th set (`tests/devset60/`), annotated blind in session 14 (Central and East European and
/// Baltic outlets: Kyiv Post live updates, Delfi, TVP World, Romania Insider, the RFE/RL Georgian
/// service, Charter97, Zerkalo, N1 Serbia). Scored first with the session-start binary and with the
/// binary as it stood when the set arrived: attribution 0.913 both.
#[test]
fn devset60_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.92),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset60", 8, &floors);
}

/// The 61st set (`tests/devset61/`), annotated blind in session 14 (wire and broadcast copy in
/// unusual shapes: an AFP French-desk translation, an AP "Today in History", a radio bulletin
/// script, a TV rundown, a court wire, a Reuters advisory, a pool report, a FACTBOX). Scored first
/// with the session-start binary and with the binary as it stood when the set arrived: attribution
/// 0.684 → 0.711; segmentation 3/9 both (bulletins read as several articles).
#[test]
fn devset61_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.26),
        ("quotes/spans/f1", 0.89),
        ("quotes/attribution/accuracy", 0.7),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.48),
        ("events/date_and_type/f1", 0.34),
    ];
    assert_floors("tests/devset61", 13, &floors);
}

/// The 62nd set (`tests/devset62/`), annotated blind in session 14 (Central Asian and Caucasus
/// outlets: Podrobno.uz, Avesta, Vesti.kg, Turan, Azatutyun, Georgia Today, Exclusive.kz,
/// Caliber.az). Scored first with the session-start binary and with the binary as it stood when the
/// set arrived: attribution 0.846 both; outlet 0.75 → 0.875.
#[test]
fn devset62_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.83),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.5),
    ];
    assert_floors("tests/devset62", 8, &floors);
}

/// The 63rd set (`tests/devset63/`), annotated blind in session 14 (US and UK pages: USA Today, NBC
/// News, a CBS live page, The Times behind its paywall, PBS NewsHour, Vox, the Telegraph, The
/// Atlantic). Scored first with the session-start binary and with the binary as it stood when the
/// set arrived: attribution 0.927 both; outlet 0.875 → 1.0.
#[test]
fn devset63_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.91),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.93),
        ("events/date_and_type/f1", 0.78),
    ];
    assert_floors("tests/devset63", 8, &floors);
}

/// The 64th set (`tests/devset64/`), annotated blind in session 14 (East Asian media: Chosun Ilbo,
/// JoongAng Daily, Hankyoreh, Lianhe Zaobao and The Paper and Sina in machine translation, a
/// Phoenix TV transcript, nippon.com). Scored first with the session-start binary and with the
/// binary as it stood when the set arrived: attribution 0.878 both; segmentation 7/8 → 8/8; outlet
/// 0.0 → 0.5.
#[test]
fn devset64_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset64", 8, &floors);
}

/// The 65th set (`tests/devset65/`), annotated blind in session 14 (NGO and intergovernmental
/// documents: RSF, ARTICLE 19, Front Line Defenders, the Norwegian Helsinki Committee, ODIHR, the
/// Council of Europe Commissioner, a G7 statement, the ICRC). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: attribution 0.806 both; outlet 0.5
/// → 0.83.
#[test]
fn devset65_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.9),
        ("events/date_and_type/f1", 0.6),
    ];
    assert_floors("tests/devset65", 8, &floors);
}

/// The 66th set (`tests/devset66/`), annotated blind in session 14 (aggregator and read-later
/// copies: MSN, Pocket, a Feedly board, an Apple News share, Flipboard, SmartNews, Instapaper,
/// NewsBreak). Scored first with the session-start binary and with the binary as it stood when the
/// set arrived: attribution 0.875 both.
#[test]
fn devset66_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.6),
    ];
    assert_floors("tests/devset66", 8, &floors);
}

/// The 67th set (`tests/devset67/`), annotated blind in session 14 (small and local outlets: a
/// diaspora blog, a Russian-language Israeli weekly, a Kharkiv site, Polish and German regional
/// papers, a Canadian ethnic weekly, a Melbourne community radio page, a Mongolian Kazakh paper).
/// Scored first with the session-start binary and with the binary as it stood when the set arrived:
/// attribution 0.784 → 0.804; outlet 0.2 → 0.8.
#[test]
fn devset67_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset67", 8, &floors);
}

/// The 68th set (`tests/devset68/`), annotated blind in session 14 (Turkish, Iranian and Arab
/// outlets: Bianet, Duvar, Milliyet in machine translation, Iran International, Kayhan
/// International, The New Arab, Middle East Monitor, Al-Quds Al-Arabi in machine translation).
/// Scored first with the session-start binary and with the binary as it stood when the set arrived:
/// attribution 0.825 both; segmentation 4/8 → 5/8; outlet 0.75 → 1.0.
#[test]
fn devset68_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset68", 8, &floors);
}

/// The 69th set (`tests/devset69/`), annotated blind in session 14 (conversation shapes: a Twitter
/// Spaces transcript, a radio phone-in, a round-table report, a letters page, an OSCE press
/// conference, a Slashdot thread, a Discord export, an Instagram post). Scored first with the
/// session-start binary and with the binary as it stood when the set arrived: nothing moved
/// (attribution 0.629).
#[test]
fn devset69_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.41),
        ("quotes/spans/f1", 0.89),
        ("quotes/attribution/accuracy", 0.61),
        ("claims/value/f1", 0.74),
        ("events/date/f1", 0.47),
        ("events/date_and_type/f1", 0.35),
    ];
    assert_floors("tests/devset69", 8, &floors);
}

/// The 70th set (`tests/devset70/`), annotated blind in session 14 (energy, mining and commodity
/// trade press: Platts, Argus, Oilprice.com, MINING.COM, Kitco, Upstream, Energy Intelligence,
/// Interfax Global Energy). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: attribution 0.971 both; outlet 0.57 → 0.86.
#[test]
fn devset70_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.72),
    ];
    assert_floors("tests/devset70", 8, &floors);
}

/// The 71st set (`tests/devset71/`), annotated blind in session 14 (Kazakh Russian-language outlets
/// in translation: Informburo, Nur.kz, Total.kz, Ratel.kz, Factcheck.kz, Liter.kz, Time.kz,
/// Lada.kz). Scored first with the session-start binary and with the binary as it stood when the
/// set arrived: nothing moved (attribution 0.833); published 0.71 → 1.0 after rules written from it.
#[test]
fn devset71_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset71", 8, &floors);
}

/// The 72nd set (`tests/devset72/`), annotated blind in session 14 (South and Southeast Asian
/// outlets: The Nation, New Age with AFP, myRepública, Thai PBS World, Viet Nam News, Khmer Times
/// with Xinhua, The Irrawaddy, Daily Mirror Sri Lanka). Scored first with the session-start binary
/// and with the binary as it stood when the set arrived: segmentation 6/8 → 8/8, outlet 0.33 →
/// 0.875, attribution 0.884 → 0.860 (a participle's subject: mended, 0.884).
#[test]
fn devset72_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.67),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset72", 8, &floors);
}

/// The 73rd set (`tests/devset73/`), annotated blind in session 14 (European papers and
/// broadcasters in translation: RFI, Libération, NRK, SVT, ORF, NZZ, El Mundo, Corriere della
/// Sera). Scored first with the session-start binary and with the binary as it stood when the set
/// arrived: outlet 0.14 → 0.29, attribution 0.855 both; published 0.29 → 1.0 and event dates 0.40
/// → 0.88 after stamps in the page's own language were read.
#[test]
fn devset73_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset73", 8, &floors);
}

/// The 74th set (`tests/devset74/`), annotated blind at the end of session 14 (Latin American and
/// Iberian papers in English or translation: Clarín, El Tiempo, Folha, Público, La Vanguardia,
/// Granma, La Nación, O Globo). Scored first with the session-start binary and with the binary as
/// it stood when the set arrived: segmentation 6/8 → 8/8, outlet 0.33 → 0.625, attribution 0.727
/// → 0.745, event dates 0.55 → 0.67. No rule was written from it.
#[test]
fn devset74_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.73),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.65),
        ("events/date_and_type/f1", 0.39),
    ];
    assert_floors("tests/devset74", 8, &floors);
}

/// The 75th set (`tests/devset75/`), annotated blind at the end of session 14 (Russian and
/// Central Asian state media in English: Belarus 1, Parlamentskaya Gazeta, Dunyo, Kabar, Vestnik
/// Kavkaza, Mir 24, Pravda.ru, the Almaty akimat's page). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: outlet 0.29 → 0.57, attribution
/// 0.723 → 0.745. No rule was written from it.
#[test]
fn devset75_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.73),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset75", 8, &floors);
}

/// The 76th set (`tests/devset76/`), annotated blind in session 15 (tabloids and headline-led
/// pages: The Sun, Daily Mirror, New York Post, Daily Express, Bild and Blick in translation,
/// Metro, Daily Record). It arrived as headline quotes were being added and was scored before
/// and after: quote recall 0.893 → 0.964, attribution 0.816 → 0.830.
#[test]
fn devset76_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.88),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset76", 8, &floors);
}

/// The 77th set (`tests/devset77/`), annotated blind in session 15 (African and Oceanian
/// papers: Fiji Times, The Namibian, The EastAfrican, Punch, News24, Stuff, Graphic Online,
/// Samoa Observer). Scored first with the session-start binary: segmentation 8/8, quote F1
/// 0.99, attribution 0.875.
#[test]
fn devset77_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.70),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset77", 8, &floors);
}

/// The 78th set (`tests/devset78/`), annotated blind in session 15 (national agencies' English
/// services: ČTK, TASR, BTA, Tanjug, Lusa, ANA-MPA, VNA, MENA). Scored first with the
/// session-start binary: segmentation 6/8, quote F1 1.0, attribution 0.86; an agency's name
/// before a hyphen and what it is was then read as its logo (7/8).
#[test]
fn devset78_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset78", 8, &floors);
}

/// The 79th set (`tests/devset79/`), annotated blind in session 15 (parliamentary records and
/// newsletters: Hansard, a Senate hearing, a European Parliament verbatim, a Bundestag record in
/// translation, a Senate resolution, an academic blog, Medium, a company call). Scored first
/// with the session-start binary: segmentation 3/8, attribution 0.45 (speakers' turns in
/// transcripts remain weak); the records' headers were then read as furniture (6/8).
#[test]
fn devset79_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.54),
        ("claims/value/f1", 0.90),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.72),
    ];
    assert_floors("tests/devset79", 8, &floors);
}

/// The 80th set (`tests/devset80/`), annotated blind in session 15 (broadcasters' pages: ITV
/// News, Channel 4 News, CNBC, India Today, Toronto Star, LBC, an Al Jazeera live page,
/// Newshub). Scored first with the session-start binary and with the binary as it stood when
/// the set arrived: nothing moved (segmentation 8/8, quote F1 0.98, attribution 0.82); bylines
/// with a role after the name were then read (authors 0.29 -> 0.57).
#[test]
fn devset80_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset80", 8, &floors);
}

/// The 81st set (`tests/devset81/`), annotated blind in session 15 (explainer formats: five
/// things to know, a timeline, an obituary, a crisis in numbers, a reader mailbag, a week
/// ahead, a children's news page, who's who cards). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: nothing moved (segmentation
/// 7/8, quote F1 1.0, attribution 0.79).
#[test]
fn devset81_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset81", 8, &floors);
}

/// The 82nd set (`tests/devset82/`), annotated blind in session 15 (wire copy from terminals
/// and alerts: a Reuters e-mail alert, an AP push list annotated as thirteen articles, Dow
/// Jones, a Xinhua roundup, EFE, a Kyodo flash sequence, KUNA, AAP). Scored first with the
/// session-start binary and with the binary as it stood when the set arrived: nothing moved
/// (quote F1 0.99, attribution 0.74; the push list stays one article, 5/20).
#[test]
fn devset82_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.34),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.73),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset82", 8, &floors);
}

/// The 83rd set (`tests/devset83/`), annotated blind in session 15 (magazines: The Spectator,
/// New Statesman, Le Monde diplomatique, TIME, IP Quarterly, NYR Daily, Jacobin, The Monocle
/// Minute). Scored first with the session-start binary and with the binary as it stood when
/// the set arrived: nothing moved (segmentation 6/8, attribution 0.84); a site's long name
/// between bars under its logo was then read as masthead (7/8).
#[test]
fn devset83_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset83", 8, &floors);
}

/// The 84th set (`tests/devset84/`), annotated blind in session 15 (pages as scraped: a Google
/// cache copy, a swissinfo page saved as text, a mobile-app copy, CNN lite, a PressReader page,
/// a Telegram Instant View, a PDF export of a print page, a Nexis export). Scored first with the
/// session-start binary and with the binary as it stood when the set arrived: nothing moved
/// (segmentation 3/8); the cache header, "Go to the full CNN experience", "Page 4 · World" and
/// two stamp forms were then read (7/8), and a print headline wrapped onto two lines (8/8).
#[test]
fn devset84_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.90),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset84", 8, &floors);
}

/// The 85th set (`tests/devset85/`), annotated blind in session 15 (papers in Russia's
/// neighbourhood: The Baltic Times, Postimees, Hetq, Agenda.ge, The Sofia Globe, Caspian News,
/// Prishtina Insight, OC Media). Scored first with the session-start binary and with the binary
/// as it stood when the set arrived: quote recall 0.98 -> 1.0 (a headline quote), nothing else
/// moved.
#[test]
fn devset85_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset85", 8, &floors);
}

/// The 86th set (`tests/devset86/`), annotated blind in session 15 (US metro papers and public
/// radio: Chicago Tribune, Los Angeles Times, Boston Globe, Star Tribune, Houston Chronicle,
/// WBUR, Philadelphia Inquirer, Seattle Times briefs). Scored first with the session-start
/// binary and with the binary as it stood when the set arrived: nothing moved (quote F1 1.0,
/// attribution 0.97); an audio player's "Listen  4:12" was then kept out of the outlet.
#[test]
fn devset86_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.95),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset86", 8, &floors);
}

/// The 87th set (`tests/devset87/`), annotated blind in session 15 (business press: Barron's,
/// MarketWatch, The Business Times, Moneycontrol, Bloomberg Businessweek, Handelsblatt, Business
/// Standard, Fortune). Scored first with the session-start binary and with the binary as it
/// stood when the set arrived: nothing moved (outlet 0.5); the outlets, an audio button and a
/// writer's e-mail line were then read (outlet 1.0, authors 0.67 -> 0.83).
#[test]
fn devset87_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.90),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset87", 8, &floors);
}

/// The 88th set (`tests/devset88/`), annotated blind at the end of session 15 (Asian English
/// dailies: Business Recorder, Borneo Post, Himalayan Times, The Island, Saudi Gazette, Daily
/// Times, Manila Bulletin, The Tribune). Scored first with the session-start binary and with the
/// binary as it stood when the set arrived: nothing moved (segmentation 5/8, attribution 0.78);
/// a tagline over the menu and the stamp, and "; last updated:" after a stamp, were then read (7/8).
#[test]
fn devset88_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset88", 8, &floors);
}

/// The 89th set (`tests/devset89/`), annotated blind at the end of session 15 (official
/// statements and readouts: a White House readout, an EU Council release, the Turkish, Japanese,
/// Indian and French foreign ministries, the UN Secretary-General's spokesperson, Global Affairs
/// Canada). Scored first with the session-start binary and with the final binary: nothing moved
/// (segmentation 6/11, quote F1 1.0, attribution 0.63). No rule was written from it.
#[test]
fn devset89_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.56),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.62),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.68),
        ("events/date_and_type/f1", 0.60),
    ];
    assert_floors("tests/devset89", 11, &floors);
}

/// The 90th set (`tests/devset90/`), annotated blind at the start of session 16 (newsletters
/// and e-mail briefings: Semafor, Morning Brew, Politico's National Security Daily, Quartz's
/// Daily Brief, a think tank's digest, DER SPIEGEL's morning briefing, Bloomberg's Balance of
/// Power, the Globe and Mail's Morning Update). Scored first with the session-start binary
/// (segmentation 6/8, attribution 0.83); a newsletter's sponsor, greeting and calendar, a first
/// name described after a cue and "Expect …" were then read (7/8, 0.91).
#[test]
fn devset90_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset90", 8, &floors);
}

/// The 91st set (`tests/devset91/`), annotated blind at the start of session 16 (pages
/// translated by machine or written by non-native desks: Egemen Qazaqstan, Fars, FAZ, Guancha,
/// Daryo, Shafaq News, Pars Today, Cumhuriyet). Scored first with the session-start binary
/// (segmentation 6/8, authors 0/2); machine-translation notices, lines in another script and a
/// place after a byline's comma were then read (8/8).
#[test]
fn devset91_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset91", 8, &floors);
}

/// The 92nd set (`tests/devset92/`), annotated blind at the start of session 16 (Central Asian
/// and regional outlets: Daryo, Novastan, The Armenian Weekly, openDemocracy, Kapital.kz, New
/// Eastern Europe, EIU ViewsWire, Janes). Scored first with the session-start binary (dateline
/// 0.5, claims 0.85); a long dash glued to a dateline, a dateline under a standfirst, vague
/// "several thousand" and figures set in an earlier year were then read (0.75, 0.88).
#[test]
fn devset92_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset92", 8, &floors);
}

/// The 93rd set (`tests/devset93/`), annotated blind at the start of session 16 (social and
/// informal pages: a Thread Reader copy, a Reddit live thread, a YouTube transcript, a VK post, a
/// TikTok page, a Weibo post, a university's expert Q&A, a Zoom transcript). Scored first with
/// the session-start binary (segmentation 5/8, event dates 0.47); a video page's stamp after its
/// views and an action bar were then read (event dates 0.53). Still the weakest set.
#[test]
fn devset93_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.51),
        ("events/date_and_type/f1", 0.39),
    ];
    assert_floors("tests/devset93", 8, &floors);
}

/// The 94th set (`tests/devset94/`), annotated blind in session 16 (human-rights and press-freedom
/// statements: IPHR/KIBHR, FIDH, UN Special Procedures, OMCT, IFJ, CIVICUS Monitor, Access Now, an
/// HRW dispatch). Scored first with the session-start binary (segmentation 5/8); a researcher's
/// role under the name, "A publication of …", an acronym and its name between dashes and a stamp
/// after a post's categories were then read (7/8). Unnamed groups ("UN human rights experts")
/// remain the main attribution miss.
#[test]
fn devset94_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.71),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset94", 8, &floors);
}

/// The 95th set (`tests/devset95/`), annotated blind in session 16 (broadcast scripts and
/// shotlists: AP Archive, Democracy Now!, RTÉ Aertel teletext, ABC RN, BBC Sounds, Reuters TV,
/// C-SPAN, KBS World). Scored first with the session-start binary (attribution 0.61, event dates
/// 0.66); sound-bite labels, a video archive's "Event Date:"/"Date Created:" stamps and "is
/// followed by" schedules were then read (0.74, 0.78). Speakers named in capitals and teletext's
/// hard-wrapped lines remain.
#[test]
fn devset95_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.54),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.73),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset95", 8, &floors);
}

/// The 96th set (`tests/devset96/`), annotated blind in session 16 (think-tank commentary:
/// Brookings, IISS, SWP, Responsible Statecraft, PONARS Eurasia, The National Interest, Stimson,
/// Riddle). Scored first with the session-start binary (segmentation 5/8, outlet 0.4); think tanks
/// in the outlet list, a menu item's plus and headline case around places were then read (6/8,
/// outlet 1.0). Two-sentence headlines ("… Is Small. The Lesson for NATO Is Not.") remain.
#[test]
fn devset96_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.52),
    ];
    assert_floors("tests/devset96", 8, &floors);
}

/// The 97th set (`tests/devset97/`), annotated blind in session 16 (Russian, Ukrainian and
/// Belarusian independent outlets in English: OVD-Info, Current Time, Babel, Detector Media,
/// Euroradio, Idel.Realii, iStories, Suspilne). Scored first with the session-start binary
/// (attribution 0.75); no rule was written from it, and rules written for the other sets moved
/// attribution to 0.88. Session 18's feed rule splits its Suspilne news feed into its three
/// items (segmentation 1.0).
#[test]
fn devset97_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset97", 10, &floors);
}

/// The 98th set (`tests/devset98/`), annotated blind in session 17 (wire copy with revision
/// furniture: a CORRECTED- story, a WRAPUP, Yonhap (2nd LD), UPI, IANS, PAP, an AP feed with its
/// BC- slug, Agenzia Nova). Scored first with the session-start binary: segmentation 7/8 and
/// datelines 0.5; rules from it: slash and timed datelines, revision notes as furniture, the AP
/// feed stamp.
#[test]
fn devset98_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.92),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset98", 8, &floors);
}

/// The 99th set (`tests/devset99/`), annotated blind in session 17 (magazines and long reads: LRB
/// Blog, Project Syndicate, The Bell, Gazeta Wyborcza, East Asia Forum, Prospect, Le Temps, The
/// Japan News). Scored first with the session-start binary: authors 0.57; rules: a date and a
/// writer apart by spaces, a slash role, an institution's initials.
#[test]
fn devset99_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset99", 8, &floors);
}

/// The 100th set (`tests/devset100/`), annotated blind in session 17 (Gulf, Levant and South Asian
/// press: Oman Observer, WAM, The News, The Indian Express, Mehr, Ynetnews, bdnews24, SANA). Scored
/// first with the session-start binary: segmentation 6/8 and attribution 0.72; rules: ordinal
/// datelines, Gulf agencies, participle clauses, surnames that are first names, clerics' titles.
#[test]
fn devset100_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset100", 8, &floors);
}

/// The 101st set (`tests/devset101/`), annotated blind in session 17 (Russian and Ukrainian pages:
/// Strana, Censor.NET, Vzglyad, AiF, Charter'97, Caravanserai, Vesti.kz, LB.ua). Scored first with
/// the session-start binary: attribution 0.98; no rule was written from it.
#[test]
fn devset101_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.67),
    ];
    assert_floors("tests/devset101", 8, &floors);
}

/// The 102nd set (`tests/devset102/`), annotated blind in session 17 (Western regional papers:
/// Press and Journal, CTV, The West Australian, Mothership, IOL, Otago Daily Times, WUSA9, Belfast
/// Telegraph). Scored first with the session-start binary: attribution 0.89; no rule was written
/// from it.
#[test]
fn devset102_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.67),
    ];
    assert_floors("tests/devset102", 8, &floors);
}

/// The 103rd set (`tests/devset103/`), annotated blind in session 17 (pages saved badly: mojibake,
/// quotes turned into '?', alt text, lost line breaks, a CSV export, a lynx dump, soft hyphens, a
/// screen reader's log). Scored first with the session-start binary: quote recall 0.57; rule:
/// mojibake repaired (its gold keeps the damaged text, so the repaired headline no longer matches).
#[test]
fn devset103_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.54),
        ("quotes/spans/f1", 0.80),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.61),
    ];
    assert_floors("tests/devset103", 8, &floors);
}

/// The 104th set (`tests/devset104/`), annotated blind in session 17 (analysis formats: a news
/// quiz, The Hindu's Parley, a guest column, an EUvsDisinfo case, an annotated speech, an A-to-Z
/// explainer, a Levada release, Orthodox Times). Scored first with the session-start binary:
/// attribution 0.65; rules: a table's count above a quote, clerics' titles.
#[test]
fn devset104_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.70),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.90),
        ("events/date_and_type/f1", 0.70),
    ];
    assert_floors("tests/devset104", 8, &floors);
}

/// The 105th set (`tests/devset105/`), annotated blind in session 17 (follow-up coverage of 17-27
/// January: BBC Russian, la Repubblica, Zvezda, OCCRP, Forbes Kazakhstan, Sputnik Kazakhstan, SZ,
/// the National Bank). Scored first with the session-start binary: datelines 0.0; rules:
/// translation notes as furniture, European papers.
#[test]
fn devset105_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.80),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.52),
    ];
    assert_floors("tests/devset105", 8, &floors);
}

/// The 106th set (`tests/devset106/`), annotated blind in session 17 (digests: an embassy's
/// numbered press review, a government bulletin, a Belga ticker, and five single stories). Scored
/// first with the session-start binary: segmentation 5/29; rules: numbered digest items and ticker
/// items over figure datelines.
#[test]
fn devset106_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.71),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.72),
        ("events/date_and_type/f1", 0.41),
    ];
    assert_floors("tests/devset106", 29, &floors);
}

/// The 107th set (`tests/devset107/`), annotated blind in session 17 (US and UK outlets: NPR, BBC
/// News, The Daily Beast, i, Washington Examiner, The Week, GB News, Newsmax). Scored first with
/// the session-start binary: attribution 0.89; no rule was written from it.
#[test]
fn devset107_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset107", 8, &floors);
}

/// The 108th set (`tests/devset108/`), annotated blind in session 17 (aggregators: Ground News,
/// inkl, Opera News, upday, Inshorts, archive.today, Yandex News, NewsPicks). Scored first with the
/// session-start binary: segmentation 6/11; no rule was written from it.
#[test]
fn devset108_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.62),
        ("quotes/spans/f1", 0.89),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.44),
    ];
    assert_floors("tests/devset108", 8, &floors);
}

/// The 109th set (`tests/devset109/`), annotated blind in session 17 (Ukrainian and Eastern
/// European pages: The Ukrainian Week, RBC-Ukraine, UCMC, Defense Express, Kafkadesk, NewsMaker,
/// BNN, The Ukrainian Weekly). Scored first with the session-start binary: attribution 0.89; no
/// rule was written from it.
#[test]
fn devset109_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset109", 8, &floors);
}

/// The 110th set (`tests/devset110/`), annotated blind in session 17 (official texts: an Estonian
/// Riigikogu record, a Federation Council release, the Muftiate, an airline's advisory log, a Dutch
/// letter to parliament, a German government press conference, a Sejm committee record, a UK
/// written answer). Scored first with the session-start binary: attribution 0.48 (role-only
/// speakers the gold maps to people the text never names); no rule was written from it.
#[test]
fn devset110_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.46),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.69),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset110", 8, &floors);
}

/// The 111th set (`tests/devset111/`), annotated blind in session 17 (short items from ANI, Radio
/// Sweden, PNA, Agência Brasil, SABC, MAP, Radio Romania International, NL Times). Scored first
/// with the session-start binary: attribution 0.82; no rule was written from it.
#[test]
fn devset111_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.72),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.80),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.70),
    ];
    assert_floors("tests/devset111", 9, &floors);
}

/// The 112th set (`tests/devset112/`), annotated blind in session 17 (long-form reporting: New
/// Lines, Rest of World, Helsingin Sanomat, Der Standard, The UB Post, Coda Story, Globes, Taiwan
/// News). Scored first with the session-start binary: attribution 0.66; one rule from it: a quoted
/// count in a headline with nobody named is a label.
#[test]
fn devset112_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.65),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.73),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset112", 8, &floors);
}

/// The 113th set (`tests/devset113/`), annotated blind in session 17 (opinion and commentary: Gulf
/// Today, RIA Novosti, CGTN, Anadolu, ORF, INSS, Sankei via JAPAN Forward, Rzeczpospolita). Scored
/// first with the session-start binary: attribution 0.84; no rule was written from it.
#[test]
fn devset113_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.92),
        ("events/date_and_type/f1", 0.73),
    ];
    assert_floors("tests/devset113", 8, &floors);
}

/// The 114th set (`tests/devset114/`), annotated blind in session 18 (multi-item pages: a UNIAN
/// news feed, a TASS top-news review, a Telegram web preview, a ZDF live blog, a Xinhua news
/// summary, Azernews, a Kazinform main-news page, a Bernama news in brief). Scored first with the
/// session-start binary: segmentation 0.42, attribution 0.80; session 18's rules moved them to 0.83
/// and 0.80.
#[test]
fn devset114_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.82),
        ("quotes/spans/f1", 0.91),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset114", 20, &floors);
}

/// The 115th set (`tests/devset115/`), annotated blind in session 18 (Middle Eastern and Turkish
/// press: Al Mayadeen, BNA, Daily News Egypt, L'Orient Today, Arutz Sheva, Hespress with MAP,
/// Ahval, IFP News). Scored first with the session-start binary: segmentation 0.75, attribution
/// 0.85; no rule was written from it.
#[test]
fn devset115_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.74),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset115", 8, &floors);
}

/// The 116th set (`tests/devset116/`), annotated blind in session 18 (Russian official and state
/// media: REGNUM, EADaily, the Security Council, the OSCE mission, an embassy's Telegram channel,
/// the State Duma, RIAC, SB. Belarus Today). Scored first with the session-start binary:
/// segmentation 0.59, attribution 0.82; no rule was written from it.
#[test]
fn devset116_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.81),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.80),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.47),
    ];
    assert_floors("tests/devset116", 8, &floors);
}

/// The 117th set (`tests/devset117/`), annotated blind in session 18 (machine-translated pages:
/// KTK, LIGA.net, Radio Ozodi, inbusiness.kz, 24.kz, NEWS.am, BelTA, AKIpress). Scored first with
/// the session-start binary: segmentation 0.88, attribution 0.66; session 18's rules moved them to
/// 0.88 and 0.75.
#[test]
fn devset117_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.78),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.41),
    ];
    assert_floors("tests/devset117", 8, &floors);
}

/// The 118th set (`tests/devset118/`), annotated blind in session 18 (Ukrainian outlets in English:
/// a Ukrinform digest, UNN, Kyiv Post, hromadske, Euromaidan Press, European Pravda,
/// Interfax-Ukraine, a Ukrinform correspondent). Scored first with the session-start binary:
/// segmentation 0.78, attribution 0.81; session 18's rules moved them to 0.78 and 0.81.
#[test]
fn devset118_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.76),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.81),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset118", 8, &floors);
}

/// The 119th set (`tests/devset119/`), annotated blind in session 18 (wire copy reprinted: Yahoo
/// Finance, KSL.com, BNN Bloomberg, MailOnline, MarketScreener, Luxembourg Times, Investing.com,
/// Nasdaq). Scored first with the session-start binary: segmentation 0.88, attribution 0.91;
/// session 18's rules moved them to 0.88 and 0.91.
#[test]
fn devset119_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.64),
        ("events/date_and_type/f1", 0.43),
    ];
    assert_floors("tests/devset119", 8, &floors);
}

/// The 120th set (`tests/devset120/`), annotated blind in session 18 (event-heavy texts: a
/// key-dates box, a diplomacy diary, relative dates, a day-by-day recap, an explainer, highlights,
/// a week in review, a local TV story). Scored first with the session-start binary: segmentation
/// 1.00, attribution 0.89; no rule was written from it.
#[test]
fn devset120_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.64),
        ("events/date_and_type/f1", 0.50),
    ];
    assert_floors("tests/devset120", 8, &floors);
}

/// The 121st set (`tests/devset121/`), annotated blind in session 18 (Central Asian and Chinese
/// outlets: ECNS, an embassy's Q&A, a WeChat article, RTHK, Silk Road Briefing, president.kg,
/// Orient, Ozodlik). Scored first with the session-start binary: segmentation 1.00, attribution
/// 0.76; session 18's rules moved them to 1.00 and 0.76.
#[test]
fn devset121_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.74),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset121", 8, &floors);
}

/// The 122nd set (`tests/devset122/`), annotated blind in session 18 (press-conference reports:
/// Peskov, Stoltenberg, an Interior Ministry briefing, Rau, Lavrov, Sherman, Tokayev's government,
/// US briefings). Scored first with the session-start binary: segmentation 1.00, attribution 0.89;
/// no rule was written from it.
#[test]
fn devset122_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset122", 8, &floors);
}

/// The 123rd set (`tests/devset123/`), annotated blind in session 18 (long digests: an agency's
/// latest page, a live blog, a bullet digest, a print in-brief column, an email newsletter, a week
/// in review, an analytical report, a key-events list). Scored first with the session-start binary:
/// segmentation 0.26, attribution 0.92; session 18's rules moved them to 0.56 and 0.92.
#[test]
fn devset123_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.54),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset123", 13, &floors);
}

/// The 124th set (`tests/devset124/`), annotated blind in session 18 (Kazakh domestic pages: the
/// Defence Ministry, the prime minister's site, The Astana Times, Kazakhstan Today, a regional
/// paper, the Foreign Ministry, Atameken, the ombudsman). Scored first with the session-start
/// binary: segmentation 1.00, attribution 0.72; session 18's rules moved them to 1.00 and 0.72.
#[test]
fn devset124_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.70),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset124", 8, &floors);
}

/// The 125th set (`tests/devset125/`), annotated blind in session 18 (Russian independent media in
/// English: Proekt, Verstka, Holod, Agentstvo, DOXA, MBKh Media, Republic, Radio Svoboda). Scored
/// first with the session-start binary: segmentation 1.00, attribution 0.80; session 18's rules
/// moved them to 1.00 and 0.80.
#[test]
fn devset125_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.89),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset125", 8, &floors);
}

/// The 126th set (`tests/devset126/`), annotated blind in session 18 (attribution stress: The Irish
/// Times, The Hindu, The Jakarta Post, The Globe and Mail, swissinfo, Politico, The Korea Herald,
/// Daily Maverick). Scored first with the session-start binary: segmentation 1.00, attribution
/// 0.79; session 18's rules moved them to 1.00 and 0.79.
#[test]
fn devset126_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset126", 8, &floors);
}

/// The 127th set (`tests/devset127/`), annotated blind in session 18 (claims-heavy reports:
/// Devdiscourse, HKFP, Morning Star, The Gleaner, The Herald, BusinessLine, Military Times,
/// Caucasian Knot). Scored first with the session-start binary: segmentation 0.75, attribution
/// 0.84; session 18's rules moved them to 0.75 and 0.84.
#[test]
fn devset127_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.83),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.66),
    ];
    assert_floors("tests/devset127", 8, &floors);
}

/// The 128th set (`tests/devset128/`), annotated blind in session 18 (diplomatic readouts: the
/// Elysee, president.az, the Kyrgyz MFA, president.ir, the Turkish presidency, the German
/// government, president.uz, the Armenian PM). Scored first with the session-start binary:
/// segmentation 0.88, attribution 0.72; no rule was written from it.
#[test]
fn devset128_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.76),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.60),
    ];
    assert_floors("tests/devset128", 8, &floors);
}

/// The 129th set (`tests/devset129/`), annotated blind in session 18 (scraped pages with heavy
/// furniture: Le Figaro translated, HuffPost UK, Malaysiakini, SAMAA TV, National Post, krone.at,
/// GMA News, Irish Examiner). Scored first with the session-start binary: segmentation 0.75,
/// attribution 0.88; no rule was written from it.
#[test]
fn devset129_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset129", 8, &floors);
}

/// The 130th set (`tests/devset130/`), annotated blind in session 19 (full-length wire stories: The
/// Canadian Press, Dagens Nyheter translated, Kompas, Hospodářské noviny, Télam, NZ Herald, Kleine
/// Zeitung, Lusaka Times). Session start → end: segmentation 0.75 → 1.00, attribution 0.85 → 0.91.
#[test]
fn devset130_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.61),
    ];
    assert_floors("tests/devset130", 8, &floors);
}

/// The 131st set (`tests/devset131/`), annotated blind in session 19 (transcripts and Q&A: a
/// Russian MFA briefing, a Pentagon briefing, a Japanese cabinet press conference, a US OSCE
/// statement, a German government press conference, a TV panel, a Kremlin transcript, a Kazakh MFA
/// briefing). Session start → end: segmentation 0.59 → 0.59, attribution 0.73 → 0.73.
#[test]
fn devset131_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.57),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.72),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.91),
        ("events/date_and_type/f1", 0.75),
    ];
    assert_floors("tests/devset131", 9, &floors);
}

/// The 132nd set (`tests/devset132/`), annotated blind in session 19 (claims-heavy texts: NZ Herald
/// carrying AP, a Helsinki Committee statement, Kursiv, Mining.com, Taipei Times, Janes, Yle, the
/// Almaty akimat). Session start → end: segmentation 0.88 → 0.88, attribution 0.95 → 0.95.
#[test]
fn devset132_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.77),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.59),
    ];
    assert_floors("tests/devset132", 8, &floors);
}

/// The 133rd set (`tests/devset133/`), annotated blind in session 19 (unusual saved layouts: an
/// Atom feed, a forwarded Google Alert, pdftotext of a printed page, an Outline reader view,
/// MercoPress, a UK written question, Kindle clippings, RÚV English). Session start → end:
/// segmentation 0.67 → 0.67, attribution 0.91 → 0.93.
#[test]
fn devset133_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.92),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset133", 9, &floors);
}

/// The 134th set (`tests/devset134/`), annotated blind in session 19 (South and East Asian press:
/// Pajhwok, Kuensel, Prothom Alo, Vietnam News, Mint, Phnom Penh Post, Sunday Observer, Sun
/// Online). Session start → end: segmentation 1.00 → 1.00, attribution 0.89 → 0.89.
#[test]
fn devset134_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset134", 8, &floors);
}

/// The 135th set (`tests/devset135/`), annotated blind in session 19 (African, Caribbean and Latin
/// American outlets: The EastAfrican, BusinessDay, Stabroek News, Newsday, Barbados Today,
/// Venezuelanalysis, The Citizen, Andina). Session start → end: segmentation 0.88 → 0.88,
/// attribution 0.82 → 0.82.
#[test]
fn devset135_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.69),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset135", 8, &floors);
}

/// The 136th set (`tests/devset136/`), annotated blind in session 19 (quote marks of other
/// languages: Berlingske »…«, Telex „…”, Mediapart « … », The Daily Star, SvD ”…”, Brief.kz, The
/// Press and Journal ‘…’, El Confidencial). Session start → end: segmentation 0.50 → 1.00,
/// attribution 0.65 → 0.76.
#[test]
fn devset136_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.77),
        ("quotes/attribution/accuracy", 0.74),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.59),
    ];
    assert_floors("tests/devset136", 8, &floors);
}

/// The 137th set (`tests/devset137/`), annotated blind in session 19 (exile media and rights
/// groups: Respublika, Democratic Choice, Amnesty, Yle, EFE, a change.org petition, KIBHR, The
/// Brussels Times). Session start → end: segmentation 0.75 → 0.88, attribution 0.86 → 0.86.
#[test]
fn devset137_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.59),
    ];
    assert_floors("tests/devset137", 8, &floors);
}

/// The 138th set (`tests/devset138/`), annotated blind in session 19 (Russian regional and business
/// press translated: Znak, Ural56, Rosbalt, BUSINESS Online, Nasha Gazeta, Hürriyet Daily News,
/// Sibir.Realii, Svobodnaya Pressa). Session start → end: segmentation 0.75 → 0.88, attribution
/// 0.78 → 0.81.
#[test]
fn devset138_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.80),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.46),
    ];
    assert_floors("tests/devset138", 8, &floors);
}

/// The 139th set (`tests/devset139/`), annotated blind in session 19 (podcasts, video and social
/// posts: a Mastodon thread, Apple Podcasts, a Vimeo webinar, a VK post, a radio transcript, an
/// Instagram reel, Weibo posts, a Kenyan FM bulletin). Session start → end: segmentation 0.44 →
/// 0.44, attribution 0.81 → 0.81.
#[test]
fn devset139_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.43),
        ("quotes/spans/f1", 0.91),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset139", 8, &floors);
}

/// The 140th set (`tests/devset140/`), annotated blind in session 19 (government and parliament
/// texts: a State Department fact sheet, admin.ch, Dáil Éireann, a doorstop transcript, the
/// Helsinki Commission, GOV.UK, vm.ee, a Commons Library insight). Session start → end:
/// segmentation 0.62 → 0.75, attribution 0.79 → 0.79.
#[test]
fn devset140_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.78),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.70),
        ("events/date_and_type/f1", 0.55),
    ];
    assert_floors("tests/devset140", 8, &floors);
}

/// The 141st set (`tests/devset141/`), annotated blind in session 19 (multi-article pages: an Irish
/// Times print page, Inquirer.net, a Straits Times roundup, a Daily Maverick section front, Buenos
/// Aires Times, Polskie Radio, a Bangkok Post print page, Graphic Online). Session start → end:
/// segmentation 0.43 → 0.52, attribution 1.00 → 1.00.
#[test]
fn devset141_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.51),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.99),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.90),
        ("events/date_and_type/f1", 0.69),
    ];
    assert_floors("tests/devset141", 9, &floors);
}

/// The 142nd set (`tests/devset142/`), annotated blind in session 19 (Central Asian neighbours:
/// UzDaily, Economist.kg, Uzreport, Jahon, StanRadar, Turkmenportal, Spot, Ariana News). Session
/// start → end: segmentation 1.00 → 1.00, attribution 0.79 → 0.79.
#[test]
fn devset142_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset142", 8, &floors);
}

/// The 143rd set (`tests/devset143/`), annotated blind in session 19 (reported speech with few
/// quote marks: Jakarta Globe, Aftenposten, The Telegraph (Kolkata), Dnevnik.bg, Vecherniy Bishkek,
/// Asia Sentinel, Sixth Tone, Index.hu). Session start → end: segmentation 0.88 → 1.00, attribution
/// 0.74 → 0.77.
#[test]
fn devset143_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.76),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset143", 8, &floors);
}

/// The 144th set (`tests/devset144/`), annotated blind in session 19 (event-heavy chronologies: an
/// ACLED overview, a freight advisory, a Model UN guide, a hotel notice, a DX bulletin, a union
/// statement, a Wikipedia year page, a university e-mail). Session start → end: segmentation 0.62 →
/// 0.62, attribution 0.73 → 0.77.
#[test]
fn devset144_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.73),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset144", 8, &floors);
}

/// The 145th set (`tests/devset145/`), annotated blind in session 19 (scraped pages with hostile
/// noise: news.com.au, Mirror, Scroll.in, Exclusive.kz, Toronto Star, t-online, Punch, Evening
/// Standard). Session start → end: segmentation 0.62 → 0.88, attribution 0.93 → 0.93.
#[test]
fn devset145_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.91),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.71),
    ];
    assert_floors("tests/devset145", 8, &floors);
}

/// The 146th set (`tests/devset146/`), annotated blind in session 19 (broadcasters' sites: 9News,
/// Deutschlandfunk, 1News, ČT24, CNA, Geo News, RTVE, NOS). Session start → end: segmentation 0.50
/// → 1.00, attribution 0.88 → 0.93.
#[test]
fn devset146_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.92),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset146", 8, &floors);
}

/// The 147th set (`tests/devset147/`), annotated blind in session 19 (reaction round-ups:
/// Caravanserai, Georgia Today, Times of Israel, SBS, Al-Monitor, Balkan Insight, JAMnews, Khaama
/// Press). Session start → end: segmentation 0.94 → 0.94, attribution 0.84 → 0.84.
#[test]
fn devset147_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.93),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset147", 9, &floors);
}

/// The 148th set (`tests/devset148/`), annotated blind in session 19 (opinion pieces: The Guardian
/// (Nigeria), NZ Herald, ZEIT ONLINE, Aftonbladet, Business Day, The East African, Nation Thailand,
/// Taipei Times). Session start → end: segmentation 0.88 → 1.00, attribution 0.80 → 0.83.
#[test]
fn devset148_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.81),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.89),
        ("events/date_and_type/f1", 0.78),
    ];
    assert_floors("tests/devset148", 8, &floors);
}

/// The 149th set (`tests/devset149/`), annotated blind in session 19 (South Caucasus, Turkish and
/// Iranian outlets: ISNA, ARKA, The Messenger, Turkish Minute, Iran Daily, Interfax-Azerbaijan,
/// Asbarez, Caucasus Watch). Session start → end: segmentation 1.00 → 1.00, attribution 0.96 →
/// 0.91.
#[test]
fn devset149_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.92),
        ("events/date_and_type/f1", 0.74),
    ];
    assert_floors("tests/devset149", 8, &floors);
}

/// The 150th set (`tests/devset150/`), annotated blind in session 19 (Kazakh official sites: the
/// health ministry, the KNB, Hürriyet Daily News, KTZ, the Supreme Court, the Central
/// Communications Service, the Mangystau akimat, 1TV Georgia). Session start → end: segmentation
/// 1.00 → 1.00, attribution 0.73 → 0.73.
#[test]
fn devset150_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.71),
        ("claims/value/f1", 0.81),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset150", 8, &floors);
}

/// The 151st set (`tests/devset151/`), annotated blind in session 19 (numbers in unusual forms:
/// Astana Times, Kommersant, Dawn, The Moscow Times, Kyodo, Al Arabiya, Sydney Morning Herald,
/// Hindustan Times). Session start → end: segmentation 0.88 → 0.88, attribution 0.90 → 0.90.
#[test]
fn devset151_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.74),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.50),
    ];
    assert_floors("tests/devset151", 8, &floors);
}

/// The 152nd set (`tests/devset152/`), annotated blind in session 19 (long-form magazines: The New
/// Yorker, DER SPIEGEL, Le Monde diplomatique, The Atlantic, Foreign Affairs, The Interpreter, New
/// Eastern Europe, The Caravan). Session start → end: segmentation 0.25 → 0.62, attribution 0.79 →
/// 0.79.
#[test]
fn devset152_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.61),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.78),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.54),
    ];
    assert_floors("tests/devset152", 8, &floors);
}

/// The 153rd set (`tests/devset153/`), annotated blind in session 19 (local news: Click2Houston,
/// Manchester Evening News, Winnipeg Free Press, Newcastle Herald, a House member's release,
/// Midwest Radio, Des Moines Register, an MP's site). Session start → end: segmentation 0.75 →
/// 0.75, attribution 0.51 → 0.51.
#[test]
fn devset153_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.49),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset153", 8, &floors);
}

/// The 154th set (`tests/devset154/`), annotated blind in session 19 (machine translations: Sohu,
/// Huanqiu, Pikabu, Abai.kz, News.Mail.ru, LiveJournal, Ta Kung Pao, Express K). Session start →
/// end: segmentation 0.62 → 0.75, attribution 0.78 → 0.78.
#[test]
fn devset154_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.73),
        ("events/date_and_type/f1", 0.44),
    ];
    assert_floors("tests/devset154", 8, &floors);
}

/// The 155th set (`tests/devset155/`), annotated blind in session 19 (press releases: UNICEF,
/// Business Wire, KazMunayGas, an AmCham e-mail, ReliefWeb, flydubai, a TSX-listed miner, a
/// business council). Session start → end: segmentation 0.75 → 0.75, attribution 0.86 → 0.86.
#[test]
fn devset155_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.59),
    ];
    assert_floors("tests/devset155", 8, &floors);
}

/// The 156th set (`tests/devset156/`), annotated blind in session 19 (Ukrainian outlets: Espreso
/// TV, Glavcom, 24 Kanal, Focus, Hürriyet Daily News, ArmyInform, ZAXID.NET, UkraineWorld). Session
/// start → end: segmentation 0.88 → 0.88, attribution 0.76 → 0.76.
#[test]
fn devset156_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.61),
    ];
    assert_floors("tests/devset156", 8, &floors);
}

/// The 157th set (`tests/devset157/`), annotated blind in session 19 (aggregators and odd pages: a
/// NewsNow page of ten items, a chess site, a student paper, a community site, TV listings, a
/// corrections column, a fundraiser, a webinar page). Session start → end: segmentation 0.40 →
/// 0.88, attribution 0.67 → 0.64.
#[test]
fn devset157_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.87),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.63),
        ("claims/value/f1", 0.80),
        ("events/date/f1", 0.67),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset157", 17, &floors);
}

/// The 158th set (`tests/devset158/`), annotated blind in session 20 (raw wire copy and its versions: AFP and
/// AP feed slugs, a Reuters repeat, an Interfax-AVN daily, Kazinform teleprinter transmissions, an Anadolu
/// field header, a Xinhua writethru, a Kyodo kill notice). Its first score (session start binary) → session
/// end: segmentation 0.45 → 0.96, attribution 0.97 → 0.97.
#[test]
fn devset158_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.94),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.69),
    ];
    assert_floors("tests/devset158", 11, &floors);
}

/// The 159th set (`tests/devset159/`), annotated blind in session 20 (live and timestamped formats: a live
/// blog in two time zones, a morning e-mail, a Substack post with updates, a Telegram export, a Nitter
/// thread, a minute-by-minute feed, an rsstail dump, an IRC log). Its first score (session start binary) →
/// session end: segmentation 0.43 → 0.43, attribution 0.91 → 0.91.
#[test]
fn devset159_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.42),
        ("quotes/spans/f1", 0.72),
        ("quotes/attribution/accuracy", 0.90),
        ("claims/value/f1", 0.72),
        ("events/date/f1", 0.47),
        ("events/date_and_type/f1", 0.30),
    ];
    assert_floors("tests/devset159", 8, &floors);
}

/// The 160th set (`tests/devset160/`), annotated blind in session 20 (non-Western outlets in English:
/// China.org.cn, VOV, GoGo.mn, a Gulf paper's briefs, Radio Pakistan, DD News, Aju Business Daily, Japan
/// Today). Its first score (session start binary) → session end: segmentation 0.63 → 1.00, attribution 0.81 →
/// 0.81.
#[test]
fn devset160_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.79),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.87),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset160", 11, &floors);
}

/// The 161st set (`tests/devset161/`), annotated blind in session 20 (document-like sources: a policy brief
/// from a PDF, a Wikipedia-style article, OHCHR notes, a parliament's official report, a court release, an
/// embassy advisory, an academic blog, an NGO report). Its first score (session start binary) → session end:
/// segmentation 0.44 → 0.44, attribution 0.83 → 0.83.
#[test]
fn devset161_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.43),
        ("quotes/spans/f1", 0.85),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.88),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset161", 10, &floors);
}

/// The 162nd set (`tests/devset162/`), annotated blind in session 20 (explanatory and service formats: a
/// listicle, an exam-prep Q&A, a fact-check, a gallery, a press review, a timeline with analysis, a political
/// obituary, a newsletter of items). Its first score (session start binary) → session end: segmentation 0.73
/// → 0.80, attribution 0.75 → 0.75. Session 23: segmentation 0.80 → 0.90 (a section path joined by a
/// bullet, "CENTRAL ASIA · TIMELINE", is no headline, so the timeline is one article again).
#[test]
fn devset162_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.88),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.74),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.53),
        ("events/date_and_type/f1", 0.37),
    ];
    assert_floors("tests/devset162", 13, &floors);
}

/// The 163rd set (`tests/devset163/`), annotated blind in session 20 (post-Soviet outlets in English: RT, a
/// TASS live feed, a Sputnik gallery, a RIA feed, a machine-translated Kun.uz page, a Trend interview, an
/// Armenpress speech, a Kursiv vox pop). Its first score (session start binary) → session end: segmentation
/// 0.91 → 1.00, attribution 0.76 → 0.89.
#[test]
fn devset163_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.77),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset163", 11, &floors);
}

/// The 164th set (`tests/devset164/`), annotated blind in session 20 (Western broadcasters' and papers'
/// layouts: a radio transcript, a press review, a live page, a DW explainer, a paywalled editorial, El País,
/// a print edition's jump, a paywalled NRC page). Its first score (session start binary) → session end:
/// segmentation 0.59 → 0.94, attribution 0.93 → 0.93.
#[test]
fn devset164_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.93),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.91),
        ("claims/value/f1", 0.84),
        ("events/date/f1", 0.73),
        ("events/date_and_type/f1", 0.48),
    ];
    assert_floors("tests/devset164", 8, &floors);
}

/// The 165th set (`tests/devset165/`), annotated blind in session 20 (messy inputs: a forwarded e-mail chain,
/// newspaper OCR, an app copy-paste, a Word draft with tracked changes, research notes, a Google Docs export,
/// a clipping digest, a chat paste). Its first score (session start binary) → session end: segmentation 0.64
/// → 0.64, attribution 0.87 → 0.87.
#[test]
fn devset165_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.62),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.83),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.61),
    ];
    assert_floors("tests/devset165", 10, &floors);
}

/// The 166th set (`tests/devset166/`), annotated blind in session 20 (opinion shapes: a letters page, a
/// reader's question column, a debate, podcast notes, an editorial board piece, satire, a footnoted op-ed, a
/// think-tank commentary). Its first score (session start binary) → session end: segmentation 0.82 → 0.82,
/// attribution 0.62 → 0.62.
#[test]
fn devset166_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.81),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.60),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.79),
        ("events/date_and_type/f1", 0.60),
    ];
    assert_floors("tests/devset166", 9, &floors);
}

/// The 167th set (`tests/devset167/`), annotated blind in session 20 (numbers-heavy texts: a statistics page,
/// a flight-tracking blog, an evacuation release, a casualty tracker, a week in numbers, a data piece, trade
/// press, a refutation page). Its first score (session start binary) → session end: segmentation 0.75 → 0.75,
/// attribution 0.86 → 0.86.
#[test]
fn devset167_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.84),
        ("claims/value/f1", 0.45),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.51),
    ];
    assert_floors("tests/devset167", 8, &floors);
}

/// The 168th set (`tests/devset168/`), annotated blind in session 20 (event dates: a sports site, a shipping
/// advisory, a mission blog dated by its URL, a paper across time zones, a recipe blog, an insurance notice,
/// a security newsletter, a news quiz). Its first score (session start binary) → session end: segmentation
/// 0.62 → 0.88, attribution 0.73 → 0.73.
#[test]
fn devset168_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.71),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.59),
        ("events/date_and_type/f1", 0.44),
    ];
    assert_floors("tests/devset168", 8, &floors);
}

/// The 169th set (`tests/devset169/`), annotated blind in session 20 (quotes in hard shapes: sayings of the
/// week, a quotes box, a graded reader, a testimony archive, a language column, a music site, an as-told-to
/// piece, a council page). Its first score (session start binary) → session end: segmentation 0.56 → 0.56,
/// attribution 0.67 → 0.68.
#[test]
fn devset169_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.54),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.67),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.72),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset169", 8, &floors);
}

/// The 170th set (`tests/devset170/`), annotated blind in session 20 (European outlets in English: Daily News
/// Hungary, Expats.cz, The Slovenia Times, Total Croatia News, The Romania Journal's briefs, Le News,
/// Metropole, The Lithuania Tribune). Its first score (session start binary) → session end: segmentation 0.67
/// → 0.78, attribution 0.98 → 0.98.
#[test]
fn devset170_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.76),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.88),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset170", 8, &floors);
}

/// The 171st set (`tests/devset171/`), annotated blind in session 20 (US layouts: a cable live page, a local
/// TV site, a public radio story, a morning newsletter, a bullet story, a terminal story, a small paper's AP
/// page, a senator's release). Its first score (session start binary) → session end: segmentation 0.88 →
/// 0.88, attribution 0.91 → 0.98.
#[test]
fn devset171_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.90),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset171", 8, &floors);
}

/// The 172nd set (`tests/devset172/`), annotated blind in session 20 (Asia-Pacific, African and Latin
/// American outlets: RNZ, Nikkei Asia, Rappler, Nation, an SCMP explainer, a Gleaner letter, a MercoPress
/// list, an ABC transcript). Its first score (session start binary) → session end: segmentation 0.67 → 1.00,
/// attribution 0.87 → 0.87.
#[test]
fn devset172_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.86),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.78),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset172", 10, &floors);
}

/// The 173rd set (`tests/devset173/`), annotated blind in session 20 (Kazakh and Central Asian sources:
/// Akorda releases, a prosecutor's PDF, a bilingual akimat notice, a photo report, a Tengrinews feed, an
/// Astana Times interview, a Kyrgyz ministry, a market wrap). Its first score (session start binary) →
/// session end: segmentation 0.78 → 0.90, attribution 0.88 → 0.83.
#[test]
fn devset173_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.89),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.82),
        ("events/date/f1", 0.72),
        ("events/date_and_type/f1", 0.39),
    ];
    assert_floors("tests/devset173", 10, &floors);
}

/// The 174th set (`tests/devset174/`), annotated blind in session 20 (Middle Eastern press: a morning
/// newsletter, a Q&A interview, a video transcript, a diaspora story, a Hijri-stamped page, a timeline
/// explainer, a briefs column, an evacuation story). Its first score (session start binary) → session end:
/// segmentation 0.92 → 1.00, attribution 0.90 → 0.90.
#[test]
fn devset174_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset174", 14, &floors);
}

/// The 175th set (`tests/devset175/`), annotated blind in session 20 (bilingual pages: a word-of-the-week
/// blog, a translators' forum, a trilingual notice, subtitles, a community weekly, a glossary, a memorial
/// page, an interpreted transcript). Its first score (session start binary) → session end: segmentation 0.70
/// → 0.70, attribution 0.84 → 0.84.
#[test]
fn devset175_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.69),
        ("quotes/spans/f1", 0.87),
        ("quotes/attribution/accuracy", 0.83),
        ("claims/value/f1", 0.94),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.60),
    ];
    assert_floors("tests/devset175", 10, &floors);
}

/// The 176th set (`tests/devset176/`), annotated blind in session 20 (transcripts and speeches: a UN record,
/// a parliament speech, a TV interview, an address, a defence briefing, a joint statement, an embassy post, a
/// press conference). Its first score (session start binary) → session end: segmentation 0.75 → 0.75,
/// attribution 0.60 → 0.60.
#[test]
fn devset176_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.59),
        ("claims/value/f1", 0.90),
        ("events/date/f1", 0.80),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset176", 8, &floors);
}

/// The 177th set (`tests/devset177/`), annotated blind in session 20 (short-form items: a chyron log, SMS
/// alerts, a news-cluster page, a flash briefing, top stories at this hour, wire snaps, a column of social
/// posts, a ticker feed). Its first score (session start binary) → session end: segmentation 0.08 → 0.08,
/// attribution 0.77 → 0.77.
#[test]
fn devset177_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.06),
        ("quotes/spans/f1", 0.65),
        ("quotes/attribution/accuracy", 0.76),
        ("claims/value/f1", 0.77),
        ("events/date/f1", 0.15),
        ("events/date_and_type/f1", 0.15),
    ];
    assert_floors("tests/devset177", 10, &floors);
}

/// The 178th set (`tests/devset178/`), annotated blind in session 20 (ordinary full-length wire and paper
/// pages (held out: scored at the end, no rules written from it)). Session start binary → session end:
/// segmentation 0.90 → 0.90, attribution 1.00 → 1.00.
#[test]
fn devset178_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.89),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.99),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.69),
    ];
    assert_floors("tests/devset178", 10, &floors);
}

/// The 179th set (`tests/devset179/`), annotated blind in session 20 (ordinary Russian, Ukrainian and Central
/// Asian pages in English (held out)). Session start binary → session end: segmentation 0.63 → 0.63,
/// attribution 0.84 → 0.84.
#[test]
fn devset179_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.62),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.82),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.65),
        ("events/date_and_type/f1", 0.49),
    ];
    assert_floors("tests/devset179", 8, &floors);
}

/// The 180th set (`tests/devset180/`), annotated blind in session 20 (ordinary pages with scraping residue
/// (held out)). Session start binary → session end: segmentation 0.75 → 0.75, attribution 0.95 → 0.95.
#[test]
fn devset180_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.74),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.65),
    ];
    assert_floors("tests/devset180", 8, &floors);
}

/// The 181st set (`tests/devset181/`), annotated blind in session 20 (ordinary analysis and reporting of
/// several kinds (held out)). Session start binary → session end: segmentation 0.88 → 0.88, attribution 0.97
/// → 0.97.
#[test]
fn devset181_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.86),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.75),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset181", 8, &floors);
}

/// The 182nd set (`tests/devset182/`), annotated blind at the end of session 20 (ordinary full-length reports
/// (held out after the session's rules: scored only with the start and final binaries)). Session start binary
/// → session end: segmentation 0.94 → 0.94, attribution 0.97 → 0.97.
#[test]
fn devset182_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.93),
        ("quotes/spans/f1", 0.97),
        ("quotes/attribution/accuracy", 0.96),
        ("claims/value/f1", 0.87),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset182", 8, &floors);
}

/// The 183rd set (`tests/devset183/`), annotated blind at the end of session 20 (ordinary pages on the talks
/// of 10-13 January and the CSTO withdrawal (held out likewise)). Session start binary → session end:
/// segmentation 1.00 → 1.00, attribution 0.89 → 0.89.
#[test]
fn devset183_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.92),
        ("events/date/f1", 0.89),
        ("events/date_and_type/f1", 0.71),
    ];
    assert_floors("tests/devset183", 10, &floors);
}

/// The 184th set (`tests/devset184/`), annotated blind at the end of session 20 (ordinary Central Asian,
/// Russian and Ukrainian pages in English (held out likewise)). Session start binary → session end:
/// segmentation 0.57 → 0.57, attribution 0.90 → 0.90.
#[test]
fn devset184_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.56),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset184", 8, &floors);
}

/// The 185th set (`tests/devset185/`), annotated blind at the end of session 20 (ordinary analysis and
/// opinion pages (held out likewise)). Session start binary → session end: segmentation 0.44 → 0.44,
/// attribution 0.95 → 0.95.
#[test]
fn devset185_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.43),
        ("quotes/spans/f1", 0.91),
        ("quotes/attribution/accuracy", 0.94),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset185", 8, &floors);
}

/// The 186th set (`tests/devset186/`), annotated blind in session 21 (ordinary reports dense with events: a
/// ProQuest record, a Catholic agency, a pull quote, an Australian NewsWire, a Hong Kong world page of two
/// items, a wire profile, a labor daily, a Saigon daily; rules were written from it). Session start binary →
/// session end: segmentation 0.82 → 1.00, attribution 0.87 → 0.87, event date+type 0.60 → 0.60.
#[test]
fn devset186_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.85),
        ("claims/value/f1", 0.95),
        ("events/date/f1", 0.84),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset186", 9, &floors);
}

/// The 187th set (`tests/devset187/`), annotated blind in session 21 (bylines and credits in varied places: a
/// translated page, a Welsh daily's capitals byline, a wire footer mid-page, a photo essay, a paper's briefs
/// closed by credits, a roundtable's rapporteur, a French weekly, a broadcaster's byline box; rules were
/// written from it). Session start binary → session end: segmentation 0.33 → 0.90, attribution 0.84 → 0.84,
/// event date+type 0.56 → 0.59.
#[test]
fn devset187_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.89),
        ("quotes/spans/f1", 0.98),
        ("quotes/attribution/accuracy", 0.83),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.77),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset187", 10, &floors);
}

/// The 188th set (`tests/devset188/`), annotated blind in session 21 (opinion pages: an editorial roundup
/// closed by credits, a syndicated column, a cartoon, a right of reply, a minister's op-ed, a column, a
/// letters page, a live chat; rules were written from it). Session start binary → session end: segmentation
/// 0.60 → 0.92, attribution 0.90 → 0.90, event date+type 0.56 → 0.58.
#[test]
fn devset188_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.90),
        ("quotes/spans/f1", 0.92),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.73),
        ("events/date_and_type/f1", 0.57),
    ];
    assert_floors("tests/devset188", 12, &floors);
}

/// The 189th set (`tests/devset189/`), annotated blind in session 21 (official sources: a Turkic States list
/// page, a briefing transcript, a Riksdag protocol, a consulate notice, a defence ministry release, travel
/// advice, a French Assembly record, a press secretary's answer; rules were written from it). Session start
/// binary → session end: segmentation 0.60 → 0.60, attribution 0.70 → 0.70, event date+type 0.55 → 0.55.
#[test]
fn devset189_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.59),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.69),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.67),
        ("events/date_and_type/f1", 0.53),
    ];
    assert_floors("tests/devset189", 10, &floors);
}

/// The 190th set (`tests/devset190/`), annotated blind in session 21 (ordinary everyday news pages: wire
/// stories on local sites, a PA page, an AP page, broadcasters' pages, a radio feed of three items, a finance
/// portal, a national daily; held out: no rule was written from it; scored only with the start and final
/// binaries). Session start binary → session end: segmentation 0.67 → 0.67, attribution 0.95 → 0.95, event
/// date+type 0.62 → 0.64.
#[test]
fn devset190_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.65),
        ("quotes/spans/f1", 0.91),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.86),
        ("events/date_and_type/f1", 0.63),
    ];
    assert_floors("tests/devset190", 8, &floors);
}

/// The 191th set (`tests/devset191/`), annotated blind in session 21 (ordinary pages on the talks and the
/// withdrawal from Western, Russian, Chinese and Turkish outlets; held out: no rule was written from it;
/// scored only with the start and final binaries). Session start binary → session end: segmentation 0.78 →
/// 0.78, attribution 0.89 → 0.89, event date+type 0.67 → 0.69.
#[test]
fn devset191_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.76),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.89),
        ("events/date_and_type/f1", 0.68),
    ];
    assert_floors("tests/devset191", 9, &floors);
}

/// The 192th set (`tests/devset192/`), annotated blind in session 21 (ordinary pages from Kazakh, Kyrgyz,
/// Uzbek, Russian and Ukrainian outlets: an infographic, search results, a reader column, a photo of the day,
/// a rally report, a memorial list, a dossier, quotes of the week; held out: no rule was written from it;
/// scored only with the start and final binaries). Session start binary → session end: segmentation 0.72 →
/// 0.72, attribution 0.74 → 0.74, event date+type 0.46 → 0.46.
#[test]
fn devset192_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.71),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.73),
        ("claims/value/f1", 0.80),
        ("events/date/f1", 0.82),
        ("events/date_and_type/f1", 0.44),
    ];
    assert_floors("tests/devset192", 13, &floors);
}

/// The 193th set (`tests/devset193/`), annotated blind in session 21 (ordinary analysis, explainer and
/// feature pages: a consultancy brief, trade press, a notebook, a PDF digest, a magazine cover story, a
/// finance column, a history feature, a monthly's reportage; held out: no rule was written from it; scored
/// only with the start and final binaries). Session start binary → session end: segmentation 0.56 → 0.56,
/// attribution 0.89 → 0.89, event date+type 0.62 → 0.63.
#[test]
fn devset193_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.54),
        ("quotes/spans/f1", 0.95),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.62),
    ];
    assert_floors("tests/devset193", 8, &floors);
}

/// The 194th set (`tests/devset194/`), annotated blind in session 22 (ordinary wire and newspaper reports
/// dense with dated happenings: a Pakistani wire, a Bangladeshi agency's page of three items, a US metro page
/// of an AP story, an Indian world page, a Kuwaiti daily, a Malaysian daily, the Jordanian and Saudi
/// agencies; rules were written from it). Session start binary → session end: segmentation 0.90 → 1.00,
/// attribution 0.90 → 0.90, event date+type 0.73 → 0.82.
#[test]
fn devset194_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.90),
        ("quotes/attribution/accuracy", 0.89),
        ("claims/value/f1", 0.97),
        ("events/date/f1", 0.92),
        ("events/date_and_type/f1", 0.81),
    ];
    assert_floors("tests/devset194", 10, &floors);
}

/// The 195th set (`tests/devset195/`), annotated blind in session 22 (ordinary broadcaster and agency pages:
/// a Singapore broadcaster, Russian regional agencies and radio, a Kazakh regional TV site, a Malaysian TV
/// site, a bilingual Welsh radio page of three items, a Xinjiang agency; rules were written from it). Session
/// start binary → session end: segmentation 0.78 → 1.00, attribution 0.79 → 0.79, event date+type 0.63 →
/// 0.71.
#[test]
fn devset195_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.77),
        ("claims/value/f1", 0.93),
        ("events/date/f1", 0.83),
        ("events/date_and_type/f1", 0.69),
    ];
    assert_floors("tests/devset195", 10, &floors);
}

/// The 196th set (`tests/devset196/`), annotated blind in session 22 (ordinary pages from Western and Asian
/// newspapers: a US metro paper, a Danish news-in-brief page, an Austrian paper's translation, Korean,
/// Malaysian, Indonesian, Thai and Indian dailies; held out: no rule was written from it; scored only with
/// the start and final binaries). Session start binary → session end: segmentation 1.00 → 1.00, attribution
/// 0.89 → 0.89, event date+type 0.66 → 0.66.
#[test]
fn devset196_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.88),
        ("claims/value/f1", 0.79),
        ("events/date/f1", 0.90),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset196", 10, &floors);
}

/// The 197th set (`tests/devset197/`), annotated blind in session 22 (ordinary pages from regional, business
/// and trade outlets: telecoms and central-banking trade press, a price report, an exchange's notices, a
/// freight portal, a mining-town paper, a shipbroker's PDF, an incident history; held out: no rule was
/// written from it; scored only with the start and final binaries). Session start binary → session end:
/// segmentation 0.64 → 0.64, attribution 0.89 → 0.89, event date+type 0.58 → 0.60.
#[test]
fn devset197_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.62),
        ("quotes/spans/f1", 0.88),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.99),
        ("events/date/f1", 0.69),
        ("events/date_and_type/f1", 0.58),
    ];
    assert_floors("tests/devset197", 9, &floors);
}

/// The 198th set (`tests/devset198/`), annotated blind in session 23 (wire and newspaper items dense with
/// dated happenings from African, Asian and Latin American outlets: a South African government agency, a
/// Ghanaian wire, a Nigerian daily's world digest, a Cebu daily, a Cambodian state agency, a Central American
/// weekly's briefs, a Peruvian site, a Myanmar state daily; seats of government named for ministries; rules
/// were written from it). Session start binary → session end: segmentation 0.82 → 0.82, attribution 0.62 →
/// 0.96, event date+type 0.66 → 0.66.
#[test]
fn devset198_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.80),
        ("quotes/spans/f1", 0.99),
        ("quotes/attribution/accuracy", 0.95),
        ("claims/value/f1", 0.91),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.64),
    ];
    assert_floors("tests/devset198", 10, &floors);
}

/// The 199th set (`tests/devset199/`), annotated blind in session 23 (timelines, chronologies and explainers:
/// a Dutch site's timeline, a Pakistani Q-and-A explainer, a Saudi-style chronology with Hijri day headings,
/// a European parliamentary briefing PDF, a Brussels e-mail newsletter, an Indian day-by-day recap, a Qatari
/// what-we-know list, a Sri Lankan blog archive of three posts; rules were written from it). Session start
/// binary → session end: segmentation 0.56 → 0.90, attribution 0.95 → 0.95, event date+type 0.42 → 0.58.
#[test]
fn devset199_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.89),
        ("quotes/spans/f1", 0.94),
        ("quotes/attribution/accuracy", 0.93),
        ("claims/value/f1", 0.86),
        ("events/date/f1", 0.70),
        ("events/date_and_type/f1", 0.56),
    ];
    assert_floors("tests/devset199", 10, &floors);
}

/// The 200th set (`tests/devset200/`), annotated blind in session 23 (think-tank, NGO, university and
/// press-release pages: a human rights NGO statement, an embassy press release, a parliament committee
/// statement, a policy brief, a university experts advisory, a church appeal, a research centre's listing, a
/// workshop report; held out: no rule was written from it; scored only with the start and final binaries).
/// Session start binary → session end: segmentation 0.95 → 0.95, attribution 0.76 → 0.76, event date+type
/// 0.71 → 0.71.
#[test]
fn devset200_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.93),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.75),
        ("claims/value/f1", 0.89),
        ("events/date/f1", 0.76),
        ("events/date_and_type/f1", 0.70),
    ];
    assert_floors("tests/devset200", 9, &floors);
}

/// The 201st set (`tests/devset201/`), annotated blind in session 23 (broadcast and agency pages of small and
/// mid-sized countries: Bosnian and Georgian radio, a Mongolian agency feed, a Guatemalan TV site, a Papua
/// New Guinea FM station, a Rwandan broadcaster, Lithuanian radio, an Armenian TV report; held out: no rule
/// was written from it; scored only with the start and final binaries). Session start binary → session end:
/// segmentation 1.00 → 1.00, attribution 0.88 → 0.88, event date+type 0.68 → 0.68.
#[test]
fn devset201_figures_do_not_regress() {
    let floors = [
        ("articles/segmentation/f1", 0.99),
        ("quotes/spans/f1", 0.96),
        ("quotes/attribution/accuracy", 0.87),
        ("claims/value/f1", 0.96),
        ("events/date/f1", 0.81),
        ("events/date_and_type/f1", 0.67),
    ];
    assert_floors("tests/devset201", 11, &floors);
}
