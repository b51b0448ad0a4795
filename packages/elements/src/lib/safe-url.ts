/**
 * URL attributes pass through a scheme allow-list so `javascript:` or `data:`
 * links cannot be injected through component options (for example an error
 * summary built from user-controlled data).
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Fallback for a refused URL: a link to nowhere that still renders and is still focusable. */
export const refusedUrl = '#';

/** Returns the URL when it is relative or uses an allowed scheme, otherwise `#`. */
export function safeUrl(url: string | undefined | null): string {
  if (url === undefined || url === null) return refusedUrl;
  const trimmed = String(url).trim();
  // Control characters and whitespace inside a scheme are how filters are usually evaded.
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(compact)?.[0];
  if (scheme === undefined) return trimmed;
  return allowedSchemes.has(scheme.toLowerCase()) ? trimmed : refusedUrl;
}
