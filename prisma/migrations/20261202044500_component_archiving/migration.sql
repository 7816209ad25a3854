-- Components are archived (hidden, content kept, restorable) instead of deleted, and only empty ones are deleted.
ALTER TABLE "Component" ADD COLUMN "archivedAt" TIMESTAMP(3);
