// Types of request-guard.mjs (plain JavaScript, run by Node without a build step).
export type GuardHeaders = Record<string, string | string[] | undefined>;
export type Refusal = {
  status: 400 | 403 | 413;
  message: 'badAddress' | 'badRequest' | 'foreignOrigin' | 'tooLarge';
  reason: string;
};
export function isDecodablePath(url: string): boolean;
export function serverActionKind(method: string | undefined, headers: GuardHeaders): 'fetch' | 'form' | undefined;
export function allowedActionHosts(appUrl: string | undefined): string[];
export function checkOrigin(headers: GuardHeaders, allowedHosts: string[]): Refusal | undefined;
export function checkDeclaredLength(headers: GuardHeaders, limitBytes: number): Refusal | undefined;
export function tooLarge(limitBytes: number): Refusal;
export function checkActionBody(kind: 'fetch' | 'form', headers: GuardHeaders, body: Buffer): Promise<Refusal | undefined>;
