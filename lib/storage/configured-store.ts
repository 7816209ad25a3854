import 'server-only';
import path from 'node:path';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { databaseFileStore } from './database-store';
import { diskFileStore } from './disk-store';
import type { FileStore } from './file-store';

let store: FileStore | undefined;

/** The store FILE_STORAGE names: `disk` (default, FILE_STORAGE_DIR or .data/uploads) or `database`. */
export function fileStore(): FileStore {
  if (store) return store;
  const config = env();
  store =
    config.FILE_STORAGE === 'database'
      ? databaseFileStore(db)
      : diskFileStore(path.resolve(config.FILE_STORAGE_DIR ?? path.join(process.cwd(), '.data', 'uploads')));
  return store;
}
