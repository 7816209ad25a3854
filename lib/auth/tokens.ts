import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { UserTokenKind } from '@/generated/prisma/enums';
import { AppError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db';

export const TOKEN_TTL_MS: Record<UserTokenKind, number> = {
  EMAIL_CONFIRMATION: 48 * 3600_000,
  PASSWORD_RESET: 3600_000,
  EMAIL_CHANGE: 24 * 3600_000,
};

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/**
 * Creates a one-time token, invalidating earlier unused tokens of the same kind; returns the raw token for the email.
 * Both writes happen in one transaction (opened here when the caller passes the client), so two concurrent requests
 * cannot leave two valid tokens.
 */
export async function createUserToken(tx: Tx, userId: string, kind: UserTokenKind, newEmail?: string): Promise<string> {
  if ('$transaction' in tx) return tx.$transaction((inner) => createUserToken(inner, userId, kind, newEmail));
  const raw = randomBytes(32).toString('base64url');
  await tx.userToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } });
  await tx.userToken.create({
    data: { userId, kind, tokenHash: hashToken(raw), newEmail, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[kind]) },
  });
  return raw;
}

/**
 * Voids every unused token of the user (or of the given kinds). Called when the account's credentials change: a
 * pending email change requested by someone who knew the old password must not survive a password reset, and a
 * reset link sent to an old address must not survive an email change.
 */
export async function invalidateUserTokens(tx: Tx, userId: string, kinds?: readonly UserTokenKind[]): Promise<void> {
  await tx.userToken.updateMany({
    where: { userId, usedAt: null, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
    data: { usedAt: new Date() },
  });
}

/** The token when it is usable (known, unused, unexpired, of this kind); INVALID_TOKEN otherwise. Changes nothing. */
export async function findUsableUserToken(tx: Tx, kind: UserTokenKind, raw: unknown) {
  if (typeof raw !== 'string' || raw.length < 20 || raw.length > 200) throw new AppError('INVALID_TOKEN');
  const token = await tx.userToken.findUnique({ where: { tokenHash: hashToken(raw) } });
  if (!token || token.kind !== kind || token.usedAt || token.expiresAt < new Date()) throw new AppError('INVALID_TOKEN');
  return token;
}

/** Marks the token used and returns it, or throws INVALID_TOKEN when unknown, used, expired or of another kind. */
export async function consumeUserToken(tx: Tx, kind: UserTokenKind, raw: string) {
  const token = await findUsableUserToken(tx, kind, raw);
  // The conditional update makes a token usable once even when two requests race.
  const { count } = await tx.userToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: new Date() } });
  if (count !== 1) throw new AppError('INVALID_TOKEN');
  return token;
}
