-- Ideas in the organization-wide search (docs/decisions/032-search.md) and the ideas list's text filter
-- (lib/ideas/list-queries.ts): an idea is plain text in the one language it was written in, so one partial index per
-- language, over that language's rows, with its stemmer. Printed by the source's indexStatements()
-- (lib/search/indexes.test.ts compares them with this file).
CREATE INDEX "Idea_search_fi_idx" ON "Idea" USING gin ((setweight(to_tsvector('finnish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('finnish'::regconfig, coalesce("body", '') || ' ' || coalesce("locationText", '')), 'B'))) WHERE "locale" = 'fi';
CREATE INDEX "Idea_search_sv_idx" ON "Idea" USING gin ((setweight(to_tsvector('swedish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("body", '') || ' ' || coalesce("locationText", '')), 'B'))) WHERE "locale" = 'sv';
CREATE INDEX "Idea_search_en_idx" ON "Idea" USING gin ((setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body", '') || ' ' || coalesce("locationText", '')), 'B'))) WHERE "locale" = 'en';
