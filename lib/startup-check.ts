import 'server-only';
import { env, parseEnv } from '@/lib/env';

/**
 * A wrong configuration stops the server when it starts, with a message that names the variable, instead of
 * surfacing as an error page on the first request. Called from instrumentation.ts in the Node.js runtime.
 */
export function checkConfigurationAtStart(): void {
  // `next build` loads the instrumentation too; it has no server to stop, and lib/env.ts checks what it needs.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const result = parseEnv(process.env);
  if (!result.ok) {
    console.error(`\n${result.message}\nThe server was not started.\n`);
    // Next.js only logs an error thrown here and keeps serving; exiting is what makes the mistake impossible to miss.
    process.exit(1);
  }
  env(); // caches the configuration and derives NEXTAUTH_URL from APP_URL for next-auth
}
