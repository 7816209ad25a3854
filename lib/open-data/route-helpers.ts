import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { getCurrentOrganization } from '@/lib/organization/current';
import { decodeCursor, PageQuerySchema } from './cursor';
import { problem } from './http';

/** The organization the API serves: the installation's (ORGANIZATION_SLUG), like the public pages. */
export async function apiOrganizationId(): Promise<string> {
  return (await getCurrentOrganization()).id;
}

/** Query parameters of a list: limit (1–200) and cursor, plus the list's own; a 400 problem for anything wrong. */
export function parseListQuery<S extends z.ZodRawShape>(
  request: NextRequest,
  extra: S,
): { ok: true; after: string | null; limit: number; filters: z.infer<z.ZodObject<S>> } | { ok: false; response: Response } {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const parsed = PageQuerySchema.extend(extra).strict().safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'query');
    return { ok: false, response: problem(400, 'bad-request', 'Invalid query parameter', `${name}: ${issue?.message ?? 'invalid'}`) };
  }
  const { limit, cursor, ...filters } = parsed.data as { limit: number; cursor?: string } & Record<string, unknown>;
  let after: string | null = null;
  if (cursor !== undefined) {
    after = decodeCursor(cursor);
    if (after === null) return { ok: false, response: problem(400, 'bad-request', 'Invalid query parameter', 'cursor: not a cursor of this list') };
  }
  return { ok: true, after, limit, filters: filters as z.infer<z.ZodObject<S>> };
}

/** The URL of the next page: this request's URL with the new cursor. */
export function nextPageUrl(request: NextRequest, base: string, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const url = new URL(base);
  request.nextUrl.searchParams.forEach((value, key) => {
    if (key !== 'cursor') url.searchParams.set(key, value);
  });
  url.searchParams.set('cursor', nextCursor);
  return url.toString();
}

/** This request's URL on the public address (APP_URL), for `links.self`. */
export function selfUrl(request: NextRequest, base: string): string {
  const url = new URL(base);
  request.nextUrl.searchParams.forEach((value, key) => url.searchParams.set(key, value));
  return url.toString();
}

/** A slug from the path that could exist; anything else is a plain 404 without touching the database. */
export function isPlausibleApiSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,99}$/.test(slug);
}
