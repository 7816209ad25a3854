export type Counts = { passed: number; failed: number; skipped: number; flaky?: number };
export function countVitest(report: unknown): Counts;
export function countPlaywright(report: unknown): Counts;
export function countStep(step: { exitCode: number; kind?: 'vitest' | 'playwright'; reportFile?: string }): Counts;
export function sumCounts(list: Counts[]): Counts;
export function formatSummary(totals: Counts): string;
