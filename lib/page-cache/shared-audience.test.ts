import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { isSharedWithResidents, markSignedIn, RESIDENT_SHAREABLE_PATH, SHARED_WITH_RESIDENTS_META } from './shared-audience';
import { sharedRequestKind } from './anonymous-pages';

describe('pages shared with residents (ADR 021)', () => {
  it('marks only the <html> tag as signed in', () => {
    const html = '<!DOCTYPE html><html lang="fi"><head></head><body><p>&lt;html lang</p></body></html>';
    expect(markSignedIn(html)).toBe('<!DOCTYPE html><html data-signed-in="" lang="fi"><head></head><body><p>&lt;html lang</p></body></html>');
  });

  it('recognises the meta tag React renders, nothing looser', () => {
    expect(isSharedWithResidents(`<head><meta name="${SHARED_WITH_RESIDENTS_META}" content="yes"/></head>`)).toBe(true);
    expect(isSharedWithResidents(`<p>${SHARED_WITH_RESIDENTS_META}</p>`)).toBe(false);
    expect(isSharedWithResidents('<head></head>')).toBe(false);
  });

  it.each([
    ['/fi', true],
    ['/sv/areas', true],
    ['/fi/areas/neulamaki', true],
    ['/fi/spaces', true],
    ['/en/spaces/lahioohjelma', true],
    ['/fi/spaces/lahioohjelma/c/abc', true],
    ['/fi/spaces/lahioohjelma/c/abc/ukk', true],
    ['/fi/profile', false],
    ['/fi/sign-in', false],
    ['/fi/admin', false],
    ['/fi/accessibility', false],
    ['/fi/areas/a/b', false],
    ['/fi/spaces/x/members', false],
  ])('%s may be shared with residents: %s', (path, expected) => {
    expect(RESIDENT_SHAREABLE_PATH.test(path)).toBe(expected);
  });

  it('tells anonymous and signed-in page views apart and refuses everything else', () => {
    const get = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3000${path}`, { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });
    const cookie = { cookie: 'next-auth.session-token=abc' };
    expect(sharedRequestKind(get('/fi/spaces'))).toBe('anonymous');
    expect(sharedRequestKind(get('/fi/spaces', cookie))).toBe('signed-in');
    expect(sharedRequestKind(get('/fi/profile', cookie))).toBeNull();
    expect(sharedRequestKind(get('/fi/profile'))).toBe('anonymous');
    expect(sharedRequestKind(get('/fi/spaces?kind=process', cookie))).toBeNull();
    // Public paging and sorting are shared; anything else in the query, or a parameter twice, is not.
    expect(sharedRequestKind(get('/fi/spaces/x/c/y/z?jarjestys=top&jatka=abc'))).toBe('anonymous');
    expect(sharedRequestKind(get('/fi/spaces/x/c/y?sivu=2', cookie))).toBe('signed-in');
    expect(sharedRequestKind(get('/fi/spaces/x/c/y?sivu=2&returnTo=%2Ffi'))).toBeNull();
    expect(sharedRequestKind(get('/fi/spaces/x/c/y?sivu=2&sivu=3'))).toBeNull();
    expect(sharedRequestKind(get(`/fi/spaces/x/c/y?jatka=${'a'.repeat(600)}`))).toBeNull();
    expect(sharedRequestKind(get('/fi/spaces', { ...cookie, rsc: '1' }))).toBeNull();
    expect(sharedRequestKind(get('/fi/admin/spaces'))).toBeNull();
    // A router refresh or client-side navigation, as the proxy sees it once Next.js has stripped its rsc markers.
    expect(sharedRequestKind(get('/fi/spaces', { accept: '*/*', 'sec-fetch-dest': 'empty' }))).toBeNull();
    expect(sharedRequestKind(get('/fi/spaces', { accept: '*/*' }))).toBeNull();
    expect(sharedRequestKind(get('/fi/spaces', { 'sec-fetch-dest': 'empty' }))).toBeNull();
    expect(sharedRequestKind(get('/fi/spaces', { 'sec-fetch-dest': 'document' }))).toBe('anonymous');
    expect(sharedRequestKind(get('/fi', { authorization: 'Bearer x' }))).toBeNull();
    expect(sharedRequestKind(new NextRequest('http://localhost:3000/fi', { method: 'POST' }))).toBeNull();
  });
});
