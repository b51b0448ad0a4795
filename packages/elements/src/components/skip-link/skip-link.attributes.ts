import type { AttributeMap } from '../../lib/attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { SkipLinkOptions } from './skip-link.options.js';

/** The `<civic-skip-link>` attributes that render the same link as these options. */
export function skipLinkAttributes(options: SkipLinkOptions): AttributeMap {
  return { href: options.href === undefined ? undefined : safeUrl(options.href), text: options.text };
}
