import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { BackLinkOptions } from './back-link.options.js';

/** The `<civic-back-link>` attributes that render the same link as these options. */
export function backLinkAttributes(options: BackLinkOptions): AttributeMap {
  return withGovukOptions(
    { href: options.href === undefined ? undefined : safeUrl(options.href), text: options.text },
    options,
    backLinkGovukOptions,
  );
}

/** The options `<civic-back-link>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const backLinkGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof BackLinkOptions)[];
