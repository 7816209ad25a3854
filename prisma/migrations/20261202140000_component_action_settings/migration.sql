-- AlterTable
ALTER TABLE "Component" ADD COLUMN     "actionSettings" JSONB NOT NULL DEFAULT '{}';
