import { describe, expect, it } from 'vitest';
import { excerptSegments, MARK_END, MARK_START, plainExcerpt, splitHighlights } from './excerpt';

const m = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe('splitHighlights', () => {
  it('splits marked words from the text around them', () => {
    expect(splitHighlights(`Uusi ${m('leikkipuistoon')} tulee ${m('keinu')}`)).toEqual([
      { text: 'Uusi ', marked: false },
      { text: 'leikkipuistoon', marked: true },
      { text: ' tulee ', marked: false },
      { text: 'keinu', marked: true },
    ]);
  });

  it('keeps HTML as text: rendering decides, nothing is markup', () => {
    expect(splitHighlights(`<script>x</script> ${m('<b>')}`)).toEqual([
      { text: '<script>x</script> ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });

  it('loses no text to stray or unclosed marks', () => {
    expect(splitHighlights(`a${MARK_END}b${MARK_START}c`)).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
    expect(splitHighlights('')).toEqual([]);
    expect(splitHighlights(`${MARK_START}${MARK_END}`)).toEqual([]);
  });
});

describe('plainExcerpt', () => {
  it('removes Markdown punctuation and link targets but keeps the words', () => {
    expect(plainExcerpt('## Otsikko\n\n**Lihava** ja _kursiivi_ sekä [linkki](https://example.fi/x) > lainaus')).toBe(
      'Otsikko Lihava ja kursiivi sekä linkki lainaus',
    );
  });

  it('keeps underscores inside words and the marks', () => {
    expect(excerptSegments(`snake_case **${m('puisto')}**`)).toEqual([
      { text: 'snake_case ', marked: false },
      { text: 'puisto', marked: true },
    ]);
  });

  it('handles a fragment cut in the middle of a link', () => {
    expect(plainExcerpt(`katso [${m('kartta')}](https://example.fi/kartta`)).toBe(`katso ${m('kartta')}`);
  });
});
