-- CreateEnum
CREATE TYPE "ModerationState" AS ENUM ('VISIBLE', 'PENDING', 'HIDDEN');

-- CreateEnum
CREATE TYPE "ModerationCaseState" AS ENUM ('OPEN', 'HIDDEN', 'KEPT');

-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "flagThreshold" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "Debate" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "authorId" TEXT,
    "isOfficial" BOOLEAN NOT NULL DEFAULT false,
    "moderationState" "ModerationState" NOT NULL DEFAULT 'VISIBLE',
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "conclusion" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Debate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebateArea" (
    "debateId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,

    CONSTRAINT "DebateArea_pkey" PRIMARY KEY ("debateId","areaId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "parentId" TEXT,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "authorId" TEXT,
    "officialRole" TEXT,
    "body" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "alignment" TEXT,
    "upvoteCount" INTEGER NOT NULL DEFAULT 0,
    "replyCount" INTEGER NOT NULL DEFAULT 0,
    "moderationState" "ModerationState" NOT NULL DEFAULT 'VISIBLE',
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentUpvote" (
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentUpvote_pkey" PRIMARY KEY ("commentId","userId")
);

-- CreateTable
CREATE TABLE "CommentStats" (
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastCommentAt" TIMESTAMP(3),

    CONSTRAINT "CommentStats_pkey" PRIMARY KEY ("resourceType","resourceId")
);

-- CreateTable
CREATE TABLE "Moderation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "state" "ModerationCaseState" NOT NULL DEFAULT 'OPEN',
    "awaitingApproval" BOOLEAN NOT NULL DEFAULT false,
    "flagCount" INTEGER NOT NULL DEFAULT 0,
    "flagsAtDecision" INTEGER NOT NULL DEFAULT 0,
    "authorId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Moderation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flag" (
    "moderationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" "FlagReason" NOT NULL,
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("moderationId","userId")
);

-- CreateIndex
CREATE INDEX "Debate_componentId_createdAt_id_idx" ON "Debate"("componentId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Debate_authorId_idx" ON "Debate"("authorId");

-- CreateIndex
CREATE INDEX "DebateArea_areaId_debateId_idx" ON "DebateArea"("areaId", "debateId");

-- CreateIndex
CREATE INDEX "Comment_resourceType_resourceId_parentId_createdAt_id_idx" ON "Comment"("resourceType", "resourceId", "parentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_resourceType_resourceId_parentId_upvoteCount_id_idx" ON "Comment"("resourceType", "resourceId", "parentId", "upvoteCount" DESC, "id");

-- CreateIndex
CREATE INDEX "Comment_parentId_createdAt_id_idx" ON "Comment"("parentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_authorId_createdAt_idx" ON "Comment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_componentId_idx" ON "Comment"("componentId");

-- CreateIndex
CREATE INDEX "CommentUpvote_userId_idx" ON "CommentUpvote"("userId");

-- CreateIndex
CREATE INDEX "Moderation_organizationId_state_updatedAt_idx" ON "Moderation"("organizationId", "state", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Moderation_spaceId_state_updatedAt_idx" ON "Moderation"("spaceId", "state", "updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Moderation_targetType_targetId_key" ON "Moderation"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "Flag_userId_idx" ON "Flag"("userId");

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebateArea" ADD CONSTRAINT "DebateArea_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebateArea" ADD CONSTRAINT "DebateArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentUpvote" ADD CONSTRAINT "CommentUpvote_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentUpvote" ADD CONSTRAINT "CommentUpvote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_moderationId_fkey" FOREIGN KEY ("moderationId") REFERENCES "Moderation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The rules the database keeps whatever the code does: a known alignment, at most four levels of thread, counters
-- never below zero, a bounded comment text
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_alignment_check" CHECK ("alignment" IS NULL OR "alignment" IN ('FOR', 'AGAINST', 'NEUTRAL'));
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_depth_check" CHECK ("depth" BETWEEN 0 AND 3 AND ("depth" = 0) = ("parentId" IS NULL));
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_counts_check" CHECK ("upvoteCount" >= 0 AND "replyCount" >= 0);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_length_check" CHECK (char_length("body") <= 5000);
ALTER TABLE "CommentStats" ADD CONSTRAINT "CommentStats_count_check" CHECK ("count" >= 0);
ALTER TABLE "Moderation" ADD CONSTRAINT "Moderation_flags_check" CHECK ("flagCount" >= 0 AND "flagsAtDecision" <= "flagCount");
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_flagThreshold_check" CHECK ("flagThreshold" BETWEEN 1 AND 100);
