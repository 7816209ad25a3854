import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { asLocalizedText } from '@/lib/core/localized-text';
import { type CsvCell, csvStream } from '@/lib/exports/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { loadIdeasComponentFor } from './load';
import { ideasPermissions } from './permissions';
import { IDEA_RESOURCE } from './resource';

/**
 * The officials' CSV exports of an Ideas component (ideas, comments, supports), streamed a batch at a time by keyset so
 * memory stays flat whatever the size, for Finnish Excel (lib/exports/csv.ts). What a public page shows, plus the
 * officials' own public answers — never private notes, reviews, names entered by staff, emails or account ids:
 * supporters appear as a pseudonym stable within the component (the same person's supports can be told apart,
 * the person cannot be identified). Each export is audited.
 */
export const EXPORT_FILES = ['ideat.csv', 'kommentit.csv', 'kannatukset.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];
const BATCH = 2000;

export function isExportFile(value: unknown): value is ExportFile {
  return typeof value === 'string' && (EXPORT_FILES as readonly string[]).includes(value);
}

type IdeaRow = {
  id: string; title: string; body: string; locale: string; state: string; customLabel: unknown; area: unknown; theme: unknown; channel: string;
  collectedAt: Date | null; collectedPlace: string | null; ageGroup: string | null; supportCount: number; comments: number | null; publishedAt: Date;
  latitude: number | null; longitude: number | null; locationText: string | null; costEstimate: number | null; answer: unknown; stateReason: unknown; evaluators: string | null;
};

function ideasBatches(componentId: string, t: (key: string) => string) {
  let after = '';
  const fi = (v: unknown) => asLocalizedText(v).fi ?? '';
  return async (): Promise<CsvCell[][]> => {
    const rows = await db.$queryRaw<IdeaRow[]>`
      SELECT i."id", i."title", i."body", i."locale", i."state"::text AS state, cs."label" AS "customLabel", a."name" AS area, th."name" AS theme,
        i."channel"::text AS channel, i."collectedAt", i."collectedPlace", i."ageGroup", i."supportCount", st."count" AS comments, i."publishedAt",
        i."latitude", i."longitude", i."locationText", i."costEstimate", i."answer", i."stateReason",
        (SELECT string_agg(u."displayName", ', ' ORDER BY u."displayName") FROM "IdeaAssignment" ia JOIN "User" u ON u."id" = ia."evaluatorId" WHERE ia."ideaId" = i."id") AS evaluators
      FROM "Idea" i
      JOIN "Area" a ON a."id" = i."areaId"
      LEFT JOIN "IdeaTheme" th ON th."id" = i."themeId"
      LEFT JOIN "IdeaCustomState" cs ON cs."id" = i."customStateId"
      LEFT JOIN "CommentStats" st ON st."resourceType" = ${IDEA_RESOURCE} AND st."resourceId" = i."id"
      WHERE i."componentId" = ${componentId} AND i."publishedAt" IS NOT NULL AND i."id" > ${after}
      ORDER BY i."id" LIMIT ${BATCH}`;
    after = rows.at(-1)?.id ?? after;
    return rows.map((r) => [
      r.id, r.title, r.body, r.locale, t(`states.${r.state}`), fi(r.customLabel), fi(r.area), fi(r.theme), t(`channels.${r.channel}`),
      r.collectedAt?.toISOString().slice(0, 10), r.collectedPlace, r.ageGroup ? t(`ageGroups.${r.ageGroup}`) : '', r.supportCount, r.comments ?? 0,
      r.publishedAt, r.latitude, r.longitude, r.locationText, r.costEstimate, fi(r.answer), fi(r.stateReason), r.evaluators,
    ]);
  };
}

function commentBatches(componentId: string) {
  let after = '';
  return async (): Promise<CsvCell[][]> => {
    const rows = await db.$queryRaw<{ id: string; ideaId: string; title: string; parentId: string | null; author: string | null; officialRole: string | null; body: string; createdAt: Date; upvoteCount: number }[]>`
      SELECT c."id", c."resourceId" AS "ideaId", i."title", c."parentId", u."displayName" AS author, c."officialRole", c."body", c."createdAt", c."upvoteCount"
      FROM "Comment" c
      JOIN "Idea" i ON i."id" = c."resourceId"
      LEFT JOIN "User" u ON u."id" = c."authorId"
      WHERE c."componentId" = ${componentId} AND c."resourceType" = ${IDEA_RESOURCE} AND c."moderationState" = 'VISIBLE' AND c."deletedAt" IS NULL AND c."id" > ${after}
      ORDER BY c."id" LIMIT ${BATCH}`;
    after = rows.at(-1)?.id ?? after;
    return rows.map((r) => [r.id, r.ideaId, r.title, r.parentId, r.author, r.officialRole, r.body, r.createdAt, r.upvoteCount]);
  };
}

function supportBatches(componentId: string) {
  let afterUser = '';
  let afterIdea = '';
  return async (): Promise<CsvCell[][]> => {
    // Keyset on (userId, ideaId) within the component: the index IdeaSupport(componentId, userId) serves it.
    const rows = await db.$queryRaw<{ userId: string; ideaId: string; title: string; createdAt: Date; supporter: string }[]>`
      SELECT s."userId", s."ideaId", i."title", s."createdAt", left(md5(s."userId" || ':' || s."componentId"), 12) AS supporter
      FROM "IdeaSupport" s JOIN "Idea" i ON i."id" = s."ideaId"
      WHERE s."componentId" = ${componentId} AND (s."userId", s."ideaId") > (${afterUser}, ${afterIdea})
      ORDER BY s."userId", s."ideaId" LIMIT ${BATCH}`;
    const last = rows.at(-1);
    if (last) {
      afterUser = last.userId;
      afterIdea = last.ideaId;
    }
    return rows.map((r) => [r.ideaId, r.title, r.supporter, r.createdAt]);
  };
}

/** The export as a stream with its file name, for an official of the component; audited. */
export async function exportIdeasCsv(actor: Actor, componentId: string, file: ExportFile): Promise<{ stream: ReadableStream<Uint8Array>; filename: string }> {
  const found = await loadIdeasComponentFor(actor, componentId, ideasPermissions.manage);
  const t = translatorFor(actor.locale, 'ideas');
  const header = (keys: string[]) => keys.map((k) => t(`export.columns.${k}`));
  await db.$transaction((tx) => writeAudit(tx, actor, { action: 'idea.export', targetType: 'Component', targetId: found.component.id, spaceId: found.space.id, after: { file } }));
  const date = new Date().toISOString().slice(0, 10);
  const filename = `${file.replace('.csv', '')}-${found.space.slug}-${date}.csv`;
  if (file === 'ideat.csv') {
    const columns = ['id', 'title', 'body', 'language', 'state', 'customState', 'area', 'theme', 'channel', 'collectedAt', 'collectedPlace', 'ageGroup', 'supports', 'comments', 'publishedAt', 'latitude', 'longitude', 'locationText', 'costEstimate', 'answer', 'reason', 'evaluators'];
    return { stream: csvStream(header(columns), ideasBatches(found.component.id, t)), filename };
  }
  if (file === 'kommentit.csv') {
    return { stream: csvStream(header(['id', 'ideaId', 'ideaTitle', 'parentId', 'author', 'officialRole', 'comment', 'createdAt', 'upvotes']), commentBatches(found.component.id)), filename };
  }
  return { stream: csvStream(header(['ideaId', 'ideaTitle', 'supporter', 'supportedAt']), supportBatches(found.component.id)), filename };
}
