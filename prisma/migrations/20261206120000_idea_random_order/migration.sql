-- The ideas list's random order (lib/ideas/list-queries.ts): each idea draws its place once, and a visitor's seed is a
-- starting point in that order. The partial index serves a page of listed ideas from any starting point.
ALTER TABLE "Idea" ADD COLUMN "randomKey" DOUBLE PRECISION NOT NULL DEFAULT random();

CREATE INDEX "Idea_listed_by_random_idx" ON "Idea" ("componentId", "randomKey", "id") WHERE "publishedAt" IS NOT NULL AND "moderationState" = 'VISIBLE';
