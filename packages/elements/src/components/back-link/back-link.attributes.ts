import type { AttributeMap } from '../../lib/attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { BackLinkOptions } from './back-link.options.js';

/** The `<civic-back-link>` attributes that render the same link as these options. */
export function backLinkAttributes(options: BackLinkOptions): AttributeMap {
  return { href: options.href === undefined ? undefined : safeUrl(options.href), text: options.text };
}
