-- News posts of the News component kind (lib/news/): belong to a Component, tagged with areas.
-- CreateTable
CREATE TABLE "NewsPost" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "summary" JSONB,
    "publishAt" TIMESTAMP(3),
    "unpublishedAt" TIMESTAMP(3),
    "isPinned" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsPostArea" (
    "postId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,

    CONSTRAINT "NewsPostArea_pkey" PRIMARY KEY ("postId","areaId")
);

-- CreateIndex
CREATE INDEX "NewsPost_componentId_isPinned_publishAt_id_idx" ON "NewsPost"("componentId", "isPinned" DESC, "publishAt" DESC, "id");

-- CreateIndex
CREATE INDEX "NewsPost_publishAt_id_idx" ON "NewsPost"("publishAt" DESC, "id");

-- CreateIndex
CREATE INDEX "NewsPost_authorId_idx" ON "NewsPost"("authorId");

-- CreateIndex
CREATE INDEX "NewsPostArea_areaId_postId_idx" ON "NewsPostArea"("areaId", "postId");

-- AddForeignKey
ALTER TABLE "NewsPost" ADD CONSTRAINT "NewsPost_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsPost" ADD CONSTRAINT "NewsPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsPostArea" ADD CONSTRAINT "NewsPostArea_postId_fkey" FOREIGN KEY ("postId") REFERENCES "NewsPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsPostArea" ADD CONSTRAINT "NewsPostArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

