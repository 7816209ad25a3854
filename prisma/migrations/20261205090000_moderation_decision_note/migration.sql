-- The moderator's note to the author with a decision (issue 7)
ALTER TABLE "Moderation" ADD COLUMN "decisionNote" TEXT;
ALTER TABLE "Moderation" ADD CONSTRAINT "Moderation_decisionNote_length" CHECK ("decisionNote" IS NULL OR char_length("decisionNote") <= 1000);
