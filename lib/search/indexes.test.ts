/**
 * Every source's indexes are in the migration, verbatim: a kind that declares `search` without its migration fails
 * here with the statements to add. The expressions are the queries' own (lib/search/sql.ts), so that PostgreSQL can
 * use the indexes (checked against a database in search.integration.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchableTypes, searchSources } from './sources';

const migrationsDir = path.resolve(__dirname, '../../prisma/migrations');
const allMigrations = fs
  .readdirSync(migrationsDir)
  .filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql')))
  .map((d) => fs.readFileSync(path.join(migrationsDir, d, 'migration.sql'), 'utf8'))
  .join('\n');

describe('search indexes', () => {
  it('finds news posts, debates, ideas and comments', () => {
    expect([...searchableTypes.keys()]).toEqual(['news_post', 'debate', 'idea']);
    expect(searchSources.map((s) => [s.type, s.filter])).toEqual([
      ['news_post', 'uutiset'],
      ['debate', 'keskustelut'],
      ['idea', 'ideat'],
      ['comment', 'kommentit'],
    ]);
  });

  it('has unique filter words', () => {
    const filters = searchSources.map((s) => s.filter);
    expect(new Set(filters).size).toBe(filters.length);
  });

  it.each(searchSources.map((s) => [s.type, s] as const))('has the indexes of %s in a migration', (_type, source) => {
    const missing = source.indexStatements().filter((statement) => !allMigrations.includes(statement));
    expect(missing, 'add these statements to a new migration').toEqual([]);
  });
});
