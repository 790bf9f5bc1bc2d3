-- Site search at 100,000 articles (issue 16).
--
-- The columns "searchTitle" and "searchBody" now hold distinct search tokens written by the
-- application (articleSearchFields, lib/search/segment.ts): the overlapping two-character
-- pieces of every run of letters and digits and each character on its own, so that any
-- phrase copied from an article finds it. Two tsvectors are generated from them: one over
-- title and body, one over the title alone (title-only search, title matches first). Both also
-- carry facet tokens: the publication day and month ('@d20261128', '@m202611', UTC) and the
-- column ('@c<id>'),
-- so that "the newest matches" and "within a column" are answered by the GIN index alone:
-- the search asks for the last days first and widens only when they hold too few matches.
-- Tokens are letters and digits only, so the '@' facets never collide with them.

DROP INDEX "articles_search_vector_idx";
ALTER TABLE "articles" DROP COLUMN "search_vector";

CREATE FUNCTION portal_search_facets(published timestamp, column_id text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['@d' || (extract(year FROM published)::int * 10000 + extract(month FROM published)::int * 100 + extract(day FROM published)::int)::text,
               '@m' || (extract(year FROM published)::int * 100 + extract(month FROM published)::int)::text,
               '@c' || column_id]
$$;

CREATE FUNCTION portal_search_vector(tokens text, published timestamp, column_id text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(string_to_array(tokens, ' '), '') || portal_search_facets(published, column_id))
$$;

ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    portal_search_vector("searchTitle" || ' ' || "searchBody", "publishAt", "columnId")
) STORED;
ALTER TABLE "articles" ADD COLUMN "search_title_vector" tsvector GENERATED ALWAYS AS (
    portal_search_vector("searchTitle", "publishAt", "columnId")
) STORED;
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");
CREATE INDEX "articles_search_title_vector_idx" ON "articles" USING GIN ("search_title_vector");

-- The safety net for a writer that skips articleSearchFields, now with the same tokens: the
-- same folding (NFKC, lower case, letters and digits) and the same pieces, in SQL. About a
-- millisecond per 700 characters, so the application computes them for bulk writes.
CREATE FUNCTION portal_search_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(normalize(coalesce(t, ''), NFKC)), '[^0-9a-z㐀-䶿一-鿿]+', ' ', 'g'))
$$;

CREATE FUNCTION portal_search_tokens(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH runs AS (SELECT run FROM unnest(string_to_array(portal_search_normalize(t), ' ')) AS run WHERE run <> '')
  SELECT coalesce(string_agg(DISTINCT tok, ' '), '') FROM (
    SELECT substr(run, i, 2) AS tok FROM runs, generate_series(1, char_length(run) - 1) AS i
    UNION ALL
    SELECT substr(run, i, 1) FROM runs, generate_series(1, char_length(run)) AS i
  ) AS s
$$;

CREATE OR REPLACE FUNCTION articles_search_fallback() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."searchTitle" = ''
     OR (TG_OP = 'UPDATE'
         AND (NEW.title IS DISTINCT FROM OLD.title OR NEW."bodyHtml" IS DISTINCT FROM OLD."bodyHtml")
         AND NEW."searchTitle" = OLD."searchTitle" AND NEW."searchBody" = OLD."searchBody") THEN
    NEW."searchTitle" := portal_search_tokens(NEW.title);
    NEW."searchBody" := portal_search_tokens(regexp_replace(regexp_replace(NEW."bodyHtml", '<[^>]*>', ' ', 'g'), '&#?[a-z0-9]+;', ' ', 'gi'));
  END IF;
  RETURN NEW;
END
$$;

DROP FUNCTION portal_search_bigrams(text);

-- Existing articles carry dictionary words: re-tokenise them once.
UPDATE "articles" SET
  "searchTitle" = portal_search_tokens(title),
  "searchBody" = portal_search_tokens(regexp_replace(regexp_replace("bodyHtml", '<[^>]*>', ' ', 'g'), '&#?[a-z0-9]+;', ' ', 'gi'));
