-- Schema version 3: a claim may be stated in an article's headline.
--
-- "Kazakhstan says 164 killed in week of unrest" states a figure the body may repeat
-- differently. `zone` says which text `start`/`end` index: 'body' (articles.body, as
-- before) or 'headline' (articles.headline). Existing rows are body claims.
ALTER TABLE claims ADD COLUMN zone TEXT NOT NULL DEFAULT 'body' CHECK (zone IN ('body', 'headline'));

DROP VIEW claim_comparison;
CREATE VIEW claim_comparison AS
SELECT c.what AS what,
       c.value AS value,
       c.value_max AS value_max,
       c.qualifier AS qualifier,
       c.attributed_to AS attributed_to,
       a.outlet AS outlet,
       a.published AS published,
       a.headline AS headline,
       c.evidence AS evidence,
       c.zone AS zone,
       c.id AS claim_id,
       c.article_id AS article_id
FROM claims c
JOIN articles a ON a.id = c.article_id
ORDER BY c.what, c.value DESC, a.outlet;
