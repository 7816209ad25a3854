import type { ReactNode } from 'react';

/**
 * A wide data table scrolls sideways inside this region instead of making the whole page scroll at 320 px
 * (WCAG 1.4.10 allows two-dimensional scrolling for data tables). The region is named (usually like the table's
 * caption) and focusable, so keyboard users can scroll it with the arrow keys (axe: scrollable-region-focusable).
 * `relative` keeps absolutely positioned descendants (sr-only texts in cells) inside it: otherwise they are placed
 * against the page and widen it even though the table scrolls.
 */
export function TableScrollRegion({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
