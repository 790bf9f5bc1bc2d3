-- Site search safety net (issue 4). The application writes the segmented search columns
-- through articleSearchFields() (lib/content/search-fields.ts). A writer that forgets to
-- (a new code path, a manual fix in SQL) must not make an item unfindable, so the database
-- fills them with a cruder segmentation of its own: Latin words and numbers whole, Chinese
-- cut into overlapping two-character pieces. The query builder (lib/search/query.ts) matches
-- a long Chinese word through exactly those pieces, so such items are still found.

CREATE FUNCTION portal_search_bigrams(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(tok, ' '), '') FROM (
    SELECT lower(m[1]) AS tok FROM regexp_matches(t, '([A-Za-z0-9]+)', 'g') AS m
    UNION ALL
    SELECT substr(r.run, i, 2)
    FROM (SELECT m[1] AS run FROM regexp_matches(t, '([一-鿿]+)', 'g') AS m) AS r,
         generate_series(1, greatest(char_length(r.run) - 1, 1)) AS i
  ) AS s
$$;

CREATE FUNCTION articles_search_fallback() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."searchTitle" = ''
     OR (TG_OP = 'UPDATE'
         AND (NEW.title IS DISTINCT FROM OLD.title OR NEW."bodyHtml" IS DISTINCT FROM OLD."bodyHtml")
         AND NEW."searchTitle" = OLD."searchTitle" AND NEW."searchBody" = OLD."searchBody") THEN
    NEW."searchTitle" := portal_search_bigrams(NEW.title);
    NEW."searchBody" := portal_search_bigrams(regexp_replace(NEW."bodyHtml", '<[^>]*>', ' ', 'g'));
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER articles_search_fallback BEFORE INSERT OR UPDATE ON "articles"
FOR EACH ROW EXECUTE FUNCTION articles_search_fallback();
