/**
 * An in-process cache of rendered anonymous pages with a short lifetime (docs/decisions/019-cached-public-pages.md).
 *
 * Instances share only PostgreSQL, so nothing tells one instance that another changed content: every entry simply
 * expires. An entry is fresh for `freshMs`; after that the next request starts one refresh in the background and
 * is still served the old copy until `maxAgeMs`, past which requests wait for the refresh. Ages count from when
 * the render STARTED (its database reads), so a change is visible on every instance at most `maxAgeMs` plus one
 * render later. Concurrent misses for one key share one render (no stampede), and the number of keys is bounded
 * (least recently used out), so random URLs cannot grow memory.
 */
export type RenderedPage = {
  status: number;
  headers: Record<string, string>;
  html: string;
  /** The nonce the page was rendered with. It never leaves the server; every response gets a fresh one instead. */
  nonce: string;
};

type Entry = { page: RenderedPage; renderedAt: number };

export type RenderedPageCacheOptions = {
  freshMs: number;
  maxAgeMs: number;
  maxEntries: number;
  /** Whether a render may be kept (e.g. only 200 HTML without cookies). Renders that may not are served once. */
  isCacheable: (page: RenderedPage) => boolean;
  now?: () => number;
};

export class RenderedPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<RenderedPage>>();
  private readonly now: () => number;

  constructor(private readonly options: RenderedPageCacheOptions) {
    if (options.freshMs > options.maxAgeMs) throw new Error('freshMs must not exceed maxAgeMs');
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The page for `key`, rendered by `render` when there is no usable copy. */
  async get(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const entry = this.entries.get(key);
    if (entry) {
      const age = this.now() - entry.renderedAt;
      if (age < this.options.freshMs) return this.touch(key, entry).page;
      if (age < this.options.maxAgeMs) {
        // Stale but young enough: answer now, refresh once in the background (errors keep the old copy until
        // it is too old, after which requests render themselves).
        this.refresh(key, render).catch(() => {});
        return this.touch(key, entry).page;
      }
      this.entries.delete(key);
    }
    return this.refresh(key, render);
  }

  clear(): void {
    this.entries.clear();
  }

  private refresh(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const startedAt = this.now();
    const promise = render()
      .then((page) => {
        if (this.options.isCacheable(page)) this.store(key, { page, renderedAt: startedAt });
        else this.entries.delete(key);
        return page;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Moves a used entry to the end of the Map's order, which is what makes eviction least-recently-used. */
  private touch(key: string, entry: Entry): Entry {
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }
}

/**
 * The page's HTML with its render nonce replaced by this response's nonce. The render nonce is a random value that
 * only this server has seen (content cannot contain it by chance or on purpose), so every occurrence is one Next.js
 * put there: script tags and the nonce the RSC payload hands to scripts it adds later.
 */
export function withResponseNonce(page: RenderedPage, nonce: string): string {
  return page.nonce ? page.html.split(page.nonce).join(nonce) : page.html;
}
