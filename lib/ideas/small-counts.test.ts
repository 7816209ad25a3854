import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from './small-counts';

const hidden = (counts: number[]) => suppressSmallCounts(counts).map((c) => c.hidden);

describe('small groups in statistics', () => {
  it('hides one to four, never zero or five and more', () => {
    expect(hidden([0, 1, 4, 5, 12, 3])).toEqual([false, true, true, false, false, true]);
  });

  it('hides a second cell when one alone would be revealed by the total', () => {
    expect(hidden([2, 9, 30])).toEqual([true, true, false]);
    expect(hidden([0, 3])).toEqual([false, true]);
    expect(hidden([7, 8])).toEqual([false, false]);
  });
});
