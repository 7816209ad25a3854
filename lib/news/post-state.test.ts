import { describe, expect, it } from 'vitest';
import { canDeleteNewsPost, newsPostState } from './post-state';

const now = new Date('2026-05-04T09:00:00Z');
const past = new Date('2026-05-01T09:00:00Z');
const future = new Date('2026-05-10T09:00:00Z');

describe('news post state', () => {
  it.each([
    [null, null, 'draft', true],
    [future, null, 'scheduled', false],
    [now, null, 'published', false],
    [past, null, 'published', false],
    [past, now, 'unpublished', false],
    [future, now, 'unpublished', false],
  ] as const)('publishAt %s, unpublishedAt %s → %s (deletable %s)', (publishAt, unpublishedAt, state, deletable) => {
    expect(newsPostState({ publishAt, unpublishedAt }, now)).toBe(state);
    expect(canDeleteNewsPost({ publishAt, unpublishedAt }, now)).toBe(deletable);
  });
});
