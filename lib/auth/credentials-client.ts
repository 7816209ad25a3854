/**
 * next-auth's credentials sign-in and its sign-out, called from the browser the way next-auth/react does it
 * (csrf token, then a form post to /api/auth/…) without loading that library on every page: the header's sign-out
 * button is on every page, and next-auth/react alone was about 15 KB of gzipped JavaScript there.
 */
const AUTH_BASE = '/api/auth';

async function csrfToken(): Promise<string> {
  const res = await fetch(`${AUTH_BASE}/csrf`, { credentials: 'same-origin', cache: 'no-store' });
  const data = (await res.json()) as { csrfToken?: unknown };
  if (typeof data.csrfToken !== 'string') throw new Error('no csrf token');
  return data.csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ res: Response; url: URL | null }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: 'true' });
  const res = await fetch(`${AUTH_BASE}/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body,
  });
  const data = (await res.json().catch(() => ({}))) as { url?: unknown };
  return { res, url: typeof data.url === 'string' ? new URL(data.url, window.location.origin) : null };
}

/**
 * Signs in with email and password. Resolves with null on success, or with the failure code that authorize()
 * threw (lib/auth/next-auth-options.ts), which next-auth reports as `?error=` in its answer.
 */
export async function signInWithCredentials(email: string, password: string): Promise<string | null> {
  const { res, url } = await post('callback/credentials', { email, password, callbackUrl: window.location.href });
  const error = url?.searchParams.get('error') ?? null;
  if (error) return error;
  return res.ok ? null : 'UNEXPECTED';
}

/** Clears this browser's session cookie and goes to `callbackUrl` with a full page load. */
export async function signOutAndGo(callbackUrl: string): Promise<void> {
  const { url } = await post('signout', { callbackUrl });
  window.location.href = url && url.origin === window.location.origin ? url.href : callbackUrl;
}
