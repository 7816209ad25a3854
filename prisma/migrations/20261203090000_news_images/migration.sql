-- Images attached to resources of components (news posts first, ADR 028): WebP variants in the FileStore, alt text
-- per language or a decorative mark. Unattached rows (resourceType NULL) are cleaned up hourly with their files.
-- CreateTable
CREATE TABLE "ResourceImage" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "resourceType" TEXT,
    "resourceId" TEXT,
    "alt" JSONB NOT NULL DEFAULT '{}',
    "decorative" BOOLEAN NOT NULL DEFAULT false,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "variants" JSONB NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResourceImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResourceImage_resourceType_resourceId_idx" ON "ResourceImage"("resourceType", "resourceId");

-- CreateIndex
CREATE INDEX "ResourceImage_componentId_idx" ON "ResourceImage"("componentId");

-- CreateIndex
CREATE INDEX "ResourceImage_resourceId_updatedAt_idx" ON "ResourceImage"("resourceId", "updatedAt");

-- CreateIndex
CREATE INDEX "ResourceImage_uploadedById_idx" ON "ResourceImage"("uploadedById");

-- AddForeignKey
ALTER TABLE "ResourceImage" ADD CONSTRAINT "ResourceImage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceImage" ADD CONSTRAINT "ResourceImage_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceImage" ADD CONSTRAINT "ResourceImage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

