import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db';

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string | null;
  spaceId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Strips values that must never be kept in the log (password hashes, tokens) and makes the rest JSON. */
function sanitize(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (['passwordHash', 'tokenHash', 'password'].includes(key) ? undefined : v)),
  );
}

/** Writes an audit record inside the caller's transaction, so the record exists exactly when the change does. */
export async function writeAudit(tx: Tx, actor: Pick<Actor, 'userId' | 'organizationId'>, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      spaceId: entry.spaceId ?? null,
      before: sanitize(entry.before) ?? undefined,
      after: sanitize(entry.after) ?? undefined,
    },
  });
}
