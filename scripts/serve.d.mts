// Types of serve.mjs (plain JavaScript, run by Node without a build step).
import type http from 'node:http';
export function guardedHandler(
  nextHandler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
  allowedHosts: string[],
): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
