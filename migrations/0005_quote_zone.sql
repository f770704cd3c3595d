-- Schema version 5: a quotation may be printed in an article's headline.
--
-- `"The city went silent overnight": residents count the cost` quotes someone in the
-- headline, which the body may or may not repeat. `zone` says which text `start`/`end`
-- index: 'body' (articles.body, as before) or 'headline' (articles.headline), as
-- claims.zone does since version 3. Existing rows are body quotes.
ALTER TABLE quotes ADD COLUMN zone TEXT NOT NULL DEFAULT 'body' CHECK (zone IN ('body', 'headline'));

DROP VIEW quote_view;
CREATE VIEW quote_view AS
SELECT q.id AS quote_id,
       q.text AS text,
       s.canonical AS speaker,
       q.speaker_text AS speaker_text,
       q.cue AS cue,
       a.outlet AS outlet,
       a.published AS published,
       a.headline AS headline,
       q.article_id AS article_id,
       q.start AS start,
       q."end" AS "end",
       q.malformed AS malformed,
       q.confidence AS confidence,
       q.zone AS zone
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id;
