'use client';

import { useState, useSyncExternalStore } from 'react';

/**
 * The idea's address to share, in a read-only field with a copy button: works everywhere, with no third-party
 * buttons (no tracking). The full address is built in the browser from its own origin.
 */
export function ShareLink({ path, labels }: { path: string; labels: { heading: string; copy: string; copied: string } }) {
  // The origin is known only in the browser; the server renders the path alone.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
      <label htmlFor="idea-share-url" className="font-semibold">{labels.heading}</label>
      <div className="flex flex-wrap gap-2">
        <input id="idea-share-url" readOnly value={url} className="w-full min-w-0 rounded border border-gray-500 px-2 py-1 sm:w-72" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="rounded border-2 border-brand-700 px-3 py-1 font-semibold text-brand-700"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {labels.copy}
        </button>
      </div>
      <p aria-live="polite" className="text-sm">{copied ? labels.copied : ''}</p>
    </div>
  );
}

function noSubscription() {
  return () => undefined;
}
