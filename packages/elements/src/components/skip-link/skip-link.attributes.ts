import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { SkipLinkOptions } from './skip-link.options.js';

/** The `<civic-skip-link>` attributes that render the same link as these options. */
export function skipLinkAttributes(options: SkipLinkOptions): AttributeMap {
  return withGovukOptions(
    { href: options.href === undefined ? undefined : safeUrl(options.href), text: options.text },
    options,
    skipLinkGovukOptions,
  );
}

/** The options `<civic-skip-link>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const skipLinkGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof SkipLinkOptions)[];
