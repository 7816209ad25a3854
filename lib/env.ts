import 'server-only';
import { z } from 'zod';
import { parseImageHosts } from '@/lib/security/image-hosts';
import { DEFAULT_MAP_TILE_ATTRIBUTION, DEFAULT_MAP_TILE_URL } from '@/lib/security/map-tile-defaults';

/**
 * Configuration from the environment, validated once when the server starts (instrumentation.ts) so that a mistake
 * stops the server with a message that names the variable, instead of failing later inside a request.
 */
const httpUrl = (name: string, example: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an absolute http:// or https:// URL such as ${example}` });

export const EnvSchema = z
  .object({
    /** Set by Next.js itself, e.g. phase-production-build while `next build` runs. */
    NEXT_PHASE: z.string().optional(),
    NODE_ENV: z.enum(['development', 'production', 'test'], 'NODE_ENV must be development, production or test').default('development'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required (npm start sets it for the embedded database)' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
    DATABASE_POOL_SIZE: z.coerce.number('DATABASE_POOL_SIZE must be a number').int().min(1, 'DATABASE_POOL_SIZE must be 1–100').max(100, 'DATABASE_POOL_SIZE must be 1–100').default(10),
    NEXTAUTH_SECRET: z
      .string({ error: 'NEXTAUTH_SECRET is required: a random string of at least 32 characters (openssl rand -base64 48)' })
      .min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
    APP_URL: httpUrl('APP_URL', 'https://osallistu.kuopio.fi').optional(),
    /** next-auth's own copy of the address; derived from APP_URL when unset, which is what it should be. */
    NEXTAUTH_URL: httpUrl('NEXTAUTH_URL', 'https://osallistu.kuopio.fi').optional(),
    ORGANIZATION_SLUG: z.string().regex(/^[a-z0-9-]+$/, 'ORGANIZATION_SLUG must be lower-case letters, digits and hyphens').default('kuopio'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:pass@host:587')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    /**
     * "true" lets a production build run without SMTP_URL, keeping mail in the outbox that organization admins can
     * read: for demos only (npm start sets it when NODE_ENV is not production), never with real residents.
     */
    MAIL_OUTBOX: z.enum(['true', 'false'], 'MAIL_OUTBOX must be true or false').optional(),
    /**
     * Where background jobs (mail, clean-up) run: "inline" inside each web server process (the default, one command
     * for a demo or a single instance), or "off" when `npm run worker` runs them in processes of their own
     * (docs/decisions/023-background-jobs.md).
     */
    JOBS_WORKER: z.enum(['inline', 'off'], 'JOBS_WORKER must be inline or off').default('inline'),
    /**
     * Where uploaded files are kept (docs/decisions/026-file-storage.md): "disk" (one instance; FILE_STORAGE_DIR,
     * default .data/uploads) or "database" (several instances sharing only PostgreSQL).
     */
    FILE_STORAGE: z.enum(['disk', 'database'], 'FILE_STORAGE must be disk or database').default('disk'),
    FILE_STORAGE_DIR: z.string().min(1, 'FILE_STORAGE_DIR must not be empty').optional(),
    MAIL_FROM: z.string().default('Yhdessä <no-reply@localhost>'),
    MAP_TILE_URL: z.string().default(DEFAULT_MAP_TILE_URL),
    MAP_TILE_ATTRIBUTION: z.string().default(DEFAULT_MAP_TILE_ATTRIBUTION),
    /** Hosts hero images may come from, comma-separated (lib/security/image-hosts.ts). */
    IMAGE_HOSTS: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const { hosts, invalid } = parseImageHosts(value);
        if (invalid.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `IMAGE_HOSTS must be comma-separated host names such as www.kuopio.fi or *.kuvat.kuopio.fi; not host names: ${invalid.join(', ')}`,
          });
        }
        return hosts;
      }),
  })
  .superRefine((value, ctx) => {
    // `next build` runs as production too, but sends no mail and links nowhere: the production rules are for serving.
    if (value.NODE_ENV !== 'production' || value.NEXT_PHASE === 'phase-production-build') return;
    if (!value.APP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message: 'APP_URL is required in production: the public address, e.g. https://osallistu.kuopio.fi (used in email links and sign-in redirects)',
      });
    }
    if (!value.SMTP_URL && value.MAIL_OUTBOX !== 'true') {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'SMTP_URL is required in production: without it password-reset and confirmation links would be kept in the outbox, ' +
          'which organization admins can read. Set SMTP_URL=smtps://user:pass@smtp.example.fi:465 (or MAIL_OUTBOX=true for a demo without residents).',
      });
    }
  })
  .transform(({ APP_URL, NEXTAUTH_URL, NEXT_PHASE: _phase, ...rest }) => {
    const appUrl = APP_URL ?? 'http://localhost:3000';
    return { ...rest, APP_URL: appUrl, NEXTAUTH_URL: NEXTAUTH_URL ?? appUrl };
  });

export type Env = z.output<typeof EnvSchema>;

export type EnvParseResult = { ok: true; env: Env } | { ok: false; message: string };

/** Validates a set of variables; the message names every wrong variable, one per line. */
export function parseEnv(source: Record<string, string | undefined>): EnvParseResult {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'configuration'}: ${i.message}`);
  return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}\nSee README.md, section "Configuration".` };
}

function loadEnv(): Env {
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  // next-auth v4 reads process.env.NEXTAUTH_URL itself on every request (the origin of its redirects, e.g. after
  // sign-out); without it that origin is http://localhost:3000. Deriving it here makes `next start` (or any other
  // way of starting the built app) behave like `npm start`.
  process.env.NEXTAUTH_URL ??= result.env.NEXTAUTH_URL;
  return result.env;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= loadEnv();
  return cached;
}
