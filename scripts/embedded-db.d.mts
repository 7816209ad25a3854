export type EmbeddedPostgresOptions = {
  /** Folder that keeps the database across restarts; undefined = a temporary one, removed by stop(). */
  dataDir?: string;
  /** 0 (default) picks a free port; a taken fixed port falls back to a free one unless fallbackToEphemeralPort is false. */
  port?: number;
  host?: string;
  /** The checkout; names the /var/tmp fallback used when the `postgres` OS user cannot reach dataDir. */
  rootDir?: string;
  /** The server's own log (appended); default `<dataDir>.log`. */
  logFile?: string;
  fallbackToEphemeralPort?: boolean;
  log?: (message: string) => void;
};

export type EmbeddedPostgres = {
  /** the application database `yhdessa` */
  url: string;
  /** the maintenance database `postgres` (to create or drop databases) */
  adminUrl: string;
  port: number;
  host: string;
  /** the data folder actually used */
  dataDir: string;
  stop: () => Promise<void>;
};

export function startEmbeddedPostgres(options?: EmbeddedPostgresOptions): Promise<EmbeddedPostgres>;
export function fallbackBase(rootDir: string): string;
export function resolveDataDir(requested: string, ids: { uid: number; gid: number } | undefined, rootDir: string): string;
