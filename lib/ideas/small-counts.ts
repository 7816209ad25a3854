/**
 * Counts shown in "who has been heard" statistics without singling anyone out: a group of one to four people is shown
 * as "under 5". When a table would hide exactly one cell, its total would give that cell away by subtraction, so the
 * next smallest non-zero cell is hidden too (secondary suppression). Zero stays zero: nobody is behind it.
 */
export const SMALL_GROUP = 5;

export type ShownCount = { value: number; hidden: boolean };

export function suppressSmallCounts(counts: readonly number[]): ShownCount[] {
  const shown = counts.map((value) => ({ value, hidden: value > 0 && value < SMALL_GROUP }));
  if (shown.filter((c) => c.hidden).length === 1) {
    let smallest = -1;
    shown.forEach((c, i) => {
      if (!c.hidden && c.value > 0 && (smallest < 0 || c.value < shown[smallest]!.value)) smallest = i;
    });
    if (smallest >= 0) shown[smallest]!.hidden = true;
  }
  return shown;
}
