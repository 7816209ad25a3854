/**
 * Which hosts pages may load images from (docs/decisions/017-production-configuration-and-image-hosts.md).
 *
 * A picture loaded from someone else's server tells that server who looked at which page, so residents are not
 * exposed to hosts the municipality has not chosen: IMAGE_HOSTS (comma-separated host names, e.g.
 * "www.kuopio.fi,*.kuvapankki.kuopio.fi") lists the hosts a hero image may come from, and the Content-Security-Policy
 * lets the browser load images only from the app itself, those hosts and the map tile server (MAP_TILE_URL).
 * Pure functions without `server-only`: the proxy, lib/env.ts, the space schema and its form all use them.
 */

/** One DNS label: letters, digits and inner hyphens (lower case; entries are lower-cased first). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A host name, or "*." and a name of at least two labels (a wildcard over a whole top-level domain is refused). */
const HOST_PATTERN = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\*\\.${LABEL}(?:\\.${LABEL})+)$`);

export type ParsedImageHosts = { hosts: string[]; invalid: string[] };

/** Splits IMAGE_HOSTS into normalized host names and the entries that are not host names. */
export function parseImageHosts(value: string | undefined): ParsedImageHosts {
  const hosts: string[] = [];
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (HOST_PATTERN.test(entry) && entry.length <= 253) {
      if (!hosts.includes(entry)) hosts.push(entry);
    } else {
      invalid.push(raw.trim());
    }
  }
  return { hosts, invalid };
}

/** Whether a host name is on the list. "*.example.fi" covers its subdomains but not example.fi itself, as in CSP. */
export function isAllowedImageHost(hostname: string, hosts: readonly string[]): boolean {
  const name = hostname.toLowerCase();
  return hosts.some((host) => (host.startsWith('*.') ? name.endsWith(host.slice(1)) && name.length > host.length - 1 : name === host));
}

/** The CSP sources for the listed hosts (https only: hero images never come over plain http). */
export function imageHostSources(hosts: readonly string[]): string[] {
  return hosts.filter((host) => HOST_PATTERN.test(host)).map((host) => `https://${host}`);
}
