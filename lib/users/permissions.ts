import { type Actor, isOrgAdmin } from '@/lib/auth/actor';

/**
 * Organization-level administration of people and records. All of it belongs to organization admins only:
 * space roles (coordinators, evaluators…) never grant access to other people's accounts, the audit log, mail
 * or feedback that may carry personal data. Pure functions, deny by default.
 */
export function canManageUsers(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

export function canViewAuditLog(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

/** The outbox holds sign-in and password-reset links, so reading it is as sensitive as managing users. */
export function canReadOutbox(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

/** The delivery list shows recipients' addresses and errors (never content): organization admins only. */
export function canReadMailDeliveries(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}

export function canReadAccessibilityFeedback(actor: Actor | null): boolean {
  return isOrgAdmin(actor);
}
