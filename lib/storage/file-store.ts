/**
 * Where uploaded files live (docs/decisions/026-file-storage.md): one interface, two backends — the local disk for
 * a single instance (the default) and PostgreSQL for several instances that share nothing else. Keys are made by
 * the app (never from a file name), so a key can be used as a file name or a row id as is.
 */
export type StoredFile = { bytes: Buffer; contentType: string };

export interface FileStore {
  /** Stores the bytes under the key; storing the same key again replaces them. */
  put(key: string, file: StoredFile): Promise<void>;
  /** The file, or null when no file has the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** A key this app made: lowercase letters, digits and single dashes or dots between them, at most 120 characters. */
export const FILE_KEY = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export function assertFileKey(key: string): void {
  if (key.length > 120 || !FILE_KEY.test(key)) throw new Error(`not a file key: ${JSON.stringify(key).slice(0, 60)}`);
}
