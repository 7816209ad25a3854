import { describe, expect, it } from 'vitest';
import { RenderedPageCache, withResponseNonce, type RenderedPage } from './rendered-page-cache';

const page = (html: string, status = 200): RenderedPage => ({ status, headers: { 'content-type': 'text/html' }, html, nonce: 'RENDER-NONCE' });

function setup() {
  let clock = 0;
  const cache = new RenderedPageCache({
    freshMs: 1000,
    maxAgeMs: 1500,
    maxEntries: 2,
    isCacheable: (p) => p.status === 200,
    now: () => clock,
  });
  let renders = 0;
  const render = (html: string, status = 200) => async () => {
    renders += 1;
    return page(html, status);
  };
  return { cache, render, advance: (ms: number) => (clock += ms), renders: () => renders };
}

describe('rendered page cache', () => {
  it('renders once while fresh', async () => {
    const { cache, render, advance, renders } = setup();
    expect((await cache.get('/fi', render('v1'))).html).toBe('v1');
    advance(999);
    expect((await cache.get('/fi', render('v2'))).html).toBe('v1');
    expect(renders()).toBe(1);
  });

  it('serves the old copy while one background refresh runs, then the new one', async () => {
    const { cache, render, advance, renders } = setup();
    await cache.get('/fi', render('v1'));
    advance(1200);
    let finish: (p: RenderedPage) => void = () => {};
    let refreshes = 0;
    const slowRender = () => {
      refreshes += 1;
      return new Promise<RenderedPage>((resolve) => (finish = resolve));
    };
    expect((await cache.get('/fi', slowRender)).html).toBe('v1');
    expect((await cache.get('/fi', slowRender)).html).toBe('v1');
    expect(refreshes).toBe(1);
    finish(page('v2'));
    await new Promise((r) => setTimeout(r, 0));
    expect((await cache.get('/fi', render('v3'))).html).toBe('v2');
    expect(renders()).toBe(1);
  });

  it('never serves a copy older than the maximum age', async () => {
    const { cache, render, advance } = setup();
    await cache.get('/fi', render('v1'));
    advance(1500);
    expect((await cache.get('/fi', render('v2'))).html).toBe('v2');
  });

  it('counts age from the start of the render, so a slow render does not stretch it', async () => {
    let clock = 0;
    const cache = new RenderedPageCache({ freshMs: 1000, maxAgeMs: 1500, maxEntries: 5, isCacheable: () => true, now: () => clock });
    await cache.get('/fi', async () => {
      clock += 1400; // the render itself took 1.4 s
      return page('slow');
    });
    clock += 100;
    expect((await cache.get('/fi', async () => page('next'))).html).toBe('next');
  });

  it('shares one render between concurrent misses', async () => {
    const { cache, render, renders } = setup();
    const results = await Promise.all([cache.get('/fi', render('a')), cache.get('/fi', render('b')), cache.get('/fi', render('c'))]);
    expect(results.map((r) => r.html)).toEqual(['a', 'a', 'a']);
    expect(renders()).toBe(1);
  });

  it('does not keep what may not be shared', async () => {
    const { cache, render, renders } = setup();
    expect((await cache.get('/fi/x', render('missing', 404))).status).toBe(404);
    await cache.get('/fi/x', render('missing', 404));
    expect(renders()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps a bounded number of pages, dropping the least recently used', async () => {
    const { cache, render, renders } = setup();
    await cache.get('/a', render('a'));
    await cache.get('/b', render('b'));
    await cache.get('/a', render('a2')); // /a used again: /b is now the oldest
    await cache.get('/c', render('c'));
    expect(cache.size).toBe(2);
    await cache.get('/a', render('a3'));
    expect(renders()).toBe(3);
    expect((await cache.get('/b', render('b2'))).html).toBe('b2');
  });

  it('lets a failed render fail only its own requests', async () => {
    const { cache, render } = setup();
    await expect(cache.get('/fi', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect((await cache.get('/fi', render('ok'))).html).toBe('ok');
  });
});

describe('response nonce', () => {
  it('replaces every occurrence of the render nonce, in tags and in the RSC payload', () => {
    const html = '<script nonce="RENDER-NONCE" src="/a.js"></script><script nonce="RENDER-NONCE">self.__next_f.push([1,"{\\"nonce\\":\\"RENDER-NONCE\\"}"])</script>';
    const out = withResponseNonce(page(html), 'FRESH');
    expect(out).not.toContain('RENDER-NONCE');
    expect(out.match(/FRESH/g)).toHaveLength(3);
  });

  it('gives every response its own nonce from the same cached page', () => {
    const cached = page('<script nonce="RENDER-NONCE"></script>');
    expect(withResponseNonce(cached, 'one')).toBe('<script nonce="one"></script>');
    expect(withResponseNonce(cached, 'two')).toBe('<script nonce="two"></script>');
  });

  it('leaves a page without a render nonce unchanged', () => {
    expect(withResponseNonce({ ...page('<p>x</p>'), nonce: '' }, 'n')).toBe('<p>x</p>');
  });
});
