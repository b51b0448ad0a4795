/**
 * URL attributes pass through a scheme allow-list so `javascript:` or `data:`
 * links cannot be injected through component options (for example an error
 * summary built from user-controlled data), and, once a service names the hosts
 * it links to, through a host allow-list too, so an option cannot send a
 * resident to a look-alike site (`https://evil.example/login`, `//evil.example`).
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Fallback for a refused URL: a link to nowhere that still renders and is still focusable. */
export const refusedUrl = '#';

/** The hosts a service lets its components link to; see {@link setAllowedUrlHosts}. */
export interface UrlHostPolicy {
  /** Host names (`www.gov.uk`) or wildcards for every subdomain (`*.camden.gov.uk`), lower case. */
  readonly allowedHosts: readonly string[];
}

// Shared through a global symbol, so two copies of this package on one page keep one policy.
const policyKey = Symbol.for('civicbricks.elements.urlHostPolicy');
type PolicyHolder = { [policyKey]?: UrlHostPolicy | undefined };
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
// A base no real link can have, to tell a relative path from one that names a host (`//x`, `/\x`).
const RELATIVE_BASE = 'https://relative.invalid';

/**
 * Limits the hosts that absolute and protocol-relative URLs in every component's
 * options may point to (links, the header logo, the exit page's redirect).
 * Relative paths, `mailto:` and `tel:` are not affected. A refused URL becomes `#`.
 * Call it once where the page or the server starts; `undefined` lifts the limit.
 *
 * @throws {TypeError} for a host that is not a lower-case host name or `*.` wildcard.
 */
export function setAllowedUrlHosts(allowedHosts: readonly string[] | undefined): void {
  const holder = globalThis as PolicyHolder;
  if (allowedHosts === undefined) {
    holder[policyKey] = undefined;
    return;
  }
  if (!Array.isArray(allowedHosts)) throw new TypeError('setAllowedUrlHosts takes a list of host names, such as ["www.gov.uk"]');
  for (const host of allowedHosts) {
    if (typeof host !== 'string' || !HOST.test(host)) {
      throw new TypeError(
        `"${String(host)}" is not a host name: write it in lower case, with no scheme, port or path ("www.gov.uk", or "*.camden.gov.uk" for every subdomain)`,
      );
    }
  }
  holder[policyKey] = Object.freeze({ allowedHosts: Object.freeze([...allowedHosts]) });
}

/** The policy in force, if a service set one. */
export function urlHostPolicy(): UrlHostPolicy | undefined {
  return (globalThis as PolicyHolder)[policyKey];
}

function hostAllowed(host: string, policy: UrlHostPolicy): boolean {
  return policy.allowedHosts.some((allowed) => (allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed));
}

/** Returns the URL when it is relative or uses an allowed scheme (and, under a host policy, an allowed host), otherwise `#`. */
export function safeUrl(url: string | undefined | null): string {
  if (url === undefined || url === null) return refusedUrl;
  const trimmed = String(url).trim();
  // Control characters and whitespace inside a scheme are how filters are usually evaded.
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(compact)?.[0]?.toLowerCase();
  if (scheme !== undefined && !allowedSchemes.has(scheme)) return refusedUrl;
  const policy = urlHostPolicy();
  if (policy === undefined || scheme === 'mailto:' || scheme === 'tel:') return trimmed;
  let host: string;
  try {
    // Parsed as the browser will follow it: `/\evil.example` and `//evil.example` name a host too.
    host = new URL(compact, RELATIVE_BASE).hostname;
  } catch {
    return refusedUrl;
  }
  if (scheme === undefined && host === 'relative.invalid') return trimmed;
  return hostAllowed(host, policy) ? trimmed : refusedUrl;
}
