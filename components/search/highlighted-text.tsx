import type { ExcerptSegment } from '@/lib/search/excerpt';

/**
 * An excerpt with the searched words in <mark> elements, built from segments as React text: the database's excerpt
 * is never inserted as HTML, so whatever a writer typed stays text.
 */
export function HighlightedText({ segments }: { segments: readonly ExcerptSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.marked ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
