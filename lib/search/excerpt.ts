/**
 * Excerpts with the searched words marked (ADR 032). PostgreSQL's ts_headline marks the words with two characters
 * from Unicode's private use area, which no text of ours means anything with (and which are removed from the text
 * before it is marked, so a writer cannot fake a mark). The page splits on them and renders <mark> elements as React
 * text — never HTML from the database.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** ts_headline's options: two short fragments around the matches, joined by an ellipsis. */
export const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;

export type ExcerptSegment = { text: string; marked: boolean };

/**
 * Markdown's punctuation (news posts and officials' debates are Markdown) read as noise in a one-line excerpt:
 * link targets go, emphasis, heading and quote marks go, white space becomes single spaces.
 */
export function plainExcerpt(text: string): string {
  return text
    .replace(/\]\([^)\s]*\)?/g, '')
    .replace(/!?\[/g, '')
    .replace(/(^|\s)#{1,6}(?=\s)/g, '$1')
    .replace(/(^|\s)>+(?=\s)/g, '$1')
    .replace(/[*`~]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The marked text as segments; a stray or unclosed mark never loses text, it just ends the marking. */
export function splitHighlights(marked: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let inside = false;
  let current = '';
  const flush = () => {
    if (current === '') return;
    const last = segments.at(-1);
    if (last && last.marked === inside) last.text += current;
    else segments.push({ text: current, marked: inside });
    current = '';
  };
  for (const char of marked) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      inside = char === MARK_START;
    } else current += char;
  }
  flush();
  return segments;
}

/** An excerpt ready to render: Markdown noise removed, then split on the marks. */
export function excerptSegments(headline: string): ExcerptSegment[] {
  return splitHighlights(plainExcerpt(headline));
}
