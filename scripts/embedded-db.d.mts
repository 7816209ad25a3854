export type EmbeddedPostgresOptions = {
  /** Folder that persists the database; undefined keeps it in memory. */
  dataDir?: string;
  /** 0 (default) picks a free port; a taken fixed port falls back to a free one unless fallbackToEphemeralPort is false. */
  port?: number;
  host?: string;
  /** Connections the socket server accepts at once (default 40). */
  maxConnections?: number;
  fallbackToEphemeralPort?: boolean;
};

export type EmbeddedPostgres = { url: string; port: number; host: string; stop: () => Promise<void> };

export function startEmbeddedPostgres(options?: EmbeddedPostgresOptions): Promise<EmbeddedPostgres>;
