-- Comments on a resource are read a page at a time in order (issue 7). An index with "parentId" among its columns,
-- matched by IS NULL, does not give PostgreSQL the order: it read and sorted every top-level comment of a thread
-- (11 ms with 10 000, growing with the thread). Partial indexes over the top-level comments only are read in order
-- and stop after a page, whatever the thread's size.
DROP INDEX "Comment_resourceType_resourceId_parentId_createdAt_id_idx";
DROP INDEX "Comment_resourceType_resourceId_parentId_upvoteCount_id_idx";
CREATE INDEX "Comment_top_level_by_time_idx" ON "Comment" ("resourceType", "resourceId", "createdAt", "id") WHERE "parentId" IS NULL;
CREATE INDEX "Comment_top_level_by_upvotes_idx" ON "Comment" ("resourceType", "resourceId", "upvoteCount" DESC, "id") WHERE "parentId" IS NULL;
