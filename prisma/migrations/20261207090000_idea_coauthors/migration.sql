-- CreateTable
CREATE TABLE "IdeaCoauthor" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaCoauthor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdeaCoauthor_userId_idx" ON "IdeaCoauthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaCoauthor_ideaId_email_key" ON "IdeaCoauthor"("ideaId", "email");

-- AddForeignKey
ALTER TABLE "IdeaCoauthor" ADD CONSTRAINT "IdeaCoauthor_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaCoauthor" ADD CONSTRAINT "IdeaCoauthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

