// Types of server-action-reply.mjs (plain JavaScript, run by Node without a build step).
export const MAX_REPLY_DEPTH: number;
export const MAX_ARGUMENTS: number;
export const MAX_ROWS: number;
export type ReplyRows = { get(name: string): unknown };
export type ReplyCheck = { ok: true } | { ok: false; reason: string };
export function checkTextReply(text: string): ReplyCheck;
export function checkReply(rows: ReplyRows): ReplyCheck;
