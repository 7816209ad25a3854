-- Organization-wide search (docs/decisions/032-search.md): PostgreSQL full-text search over news posts, debates and
-- comments, one expression GIN index per searchable table and language. The expressions are exactly those of the
-- queries (lib/search/sql.ts), printed by each source's indexStatements() - a unit test (lib/search/indexes.test.ts)
-- fails when this file lacks one, and an integration test checks that the planner uses them.
-- Localized Json columns {fi, sv, en}: the title weighted A, the other texts B, each language with its own stemmer.
-- Comments are plain text in one language: partial indexes per language over public comments only.
-- Expression and partial indexes are not in schema.prisma (Prisma cannot describe them), so they live here only.

CREATE INDEX "NewsPost_search_fi_idx" ON "NewsPost" USING gin ((setweight(to_tsvector('finnish'::regconfig, coalesce("title"->>'fi', '')), 'A') || setweight(to_tsvector('finnish'::regconfig, coalesce("summary"->>'fi', '') || ' ' || coalesce("body"->>'fi', '')), 'B')));
CREATE INDEX "NewsPost_search_sv_idx" ON "NewsPost" USING gin ((setweight(to_tsvector('swedish'::regconfig, coalesce("title"->>'sv', '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("summary"->>'sv', '') || ' ' || coalesce("body"->>'sv', '')), 'B')));
CREATE INDEX "NewsPost_search_en_idx" ON "NewsPost" USING gin ((setweight(to_tsvector('english'::regconfig, coalesce("title"->>'en', '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("summary"->>'en', '') || ' ' || coalesce("body"->>'en', '')), 'B')));
CREATE INDEX "Debate_search_fi_idx" ON "Debate" USING gin ((setweight(to_tsvector('finnish'::regconfig, coalesce("title"->>'fi', '')), 'A') || setweight(to_tsvector('finnish'::regconfig, coalesce("description"->>'fi', '') || ' ' || coalesce("conclusion"->>'fi', '')), 'B')));
CREATE INDEX "Debate_search_sv_idx" ON "Debate" USING gin ((setweight(to_tsvector('swedish'::regconfig, coalesce("title"->>'sv', '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce("description"->>'sv', '') || ' ' || coalesce("conclusion"->>'sv', '')), 'B')));
CREATE INDEX "Debate_search_en_idx" ON "Debate" USING gin ((setweight(to_tsvector('english'::regconfig, coalesce("title"->>'en', '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description"->>'en', '') || ' ' || coalesce("conclusion"->>'en', '')), 'B')));
CREATE INDEX "Comment_search_fi_idx" ON "Comment" USING gin (to_tsvector('finnish'::regconfig, "body")) WHERE "locale" = 'fi' AND "moderationState" = 'VISIBLE' AND "deletedAt" IS NULL;
CREATE INDEX "Comment_search_sv_idx" ON "Comment" USING gin (to_tsvector('swedish'::regconfig, "body")) WHERE "locale" = 'sv' AND "moderationState" = 'VISIBLE' AND "deletedAt" IS NULL;
CREATE INDEX "Comment_search_en_idx" ON "Comment" USING gin (to_tsvector('english'::regconfig, "body")) WHERE "locale" = 'en' AND "moderationState" = 'VISIBLE' AND "deletedAt" IS NULL;
