'use client';

import { useSyncExternalStore } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { SEED_PARAM } from '@/lib/ideas/paths';

const STORAGE_KEY = 'yhdessa.ideaSeed';

/** The visitor's own seed for the random order, kept in the browser so their order stays the same between visits. */
function visitorSeed(): string | null {
  try {
    let seed = window.localStorage.getItem(STORAGE_KEY);
    if (!seed || !/^[0-9]{1,9}$/.test(seed)) {
      seed = String(Math.floor(Math.random() * 1e9));
      window.localStorage.setItem(STORAGE_KEY, seed);
    }
    return seed;
  } catch {
    return null; // storage blocked: the day's seed (the server's default) serves
  }
}

/**
 * The "random" sort link: a fair order that is stable for one visitor. The page is the same for everyone (it may be
 * the shared copy), so the seed is added here in the browser; without JavaScript the link uses the day's seed.
 */
export function RandomSortLink({ href, label, current, className }: { href: string; label: string; current: boolean; className: string }) {
  // Known only in the browser: the server (and the shared copy) renders the link with the day's seed.
  const seed = useSyncExternalStore(noSubscription, visitorSeed, () => null);
  const target = seed && !href.includes(`${SEED_PARAM}=`) ? `${href}${href.includes('?') ? '&' : '?'}${SEED_PARAM}=${seed}` : href;
  return (
    <Link href={target} aria-current={current ? 'true' : undefined} className={className}>
      {label}
    </Link>
  );
}

function noSubscription() {
  return () => undefined;
}
