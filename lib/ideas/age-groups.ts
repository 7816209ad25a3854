/**
 * Age groups of the "who has been heard" statistics. Young people are the pilot's first target group, so the
 * youngest groups are narrower. Stored on the idea when it is submitted (from the author's birth year, or as staff
 * entered it), so statistics do not shift when people age or delete their accounts.
 */
export const AGE_GROUPS = ['under-13', '13-17', '18-29', '30-64', '65-plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function isAgeGroup(value: unknown): value is AgeGroup {
  return typeof value === 'string' && (AGE_GROUPS as readonly string[]).includes(value);
}

/** The group of someone born in `birthYear` during `year` (their age this year: the birthday is not known). */
export function ageGroupOf(birthYear: number | null | undefined, year: number): AgeGroup | null {
  if (!birthYear || birthYear > year) return null;
  const age = year - birthYear;
  if (age < 13) return 'under-13';
  if (age < 18) return '13-17';
  if (age < 30) return '18-29';
  if (age < 65) return '30-64';
  return '65-plus';
}
