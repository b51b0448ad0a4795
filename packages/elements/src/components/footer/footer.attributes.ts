import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { FooterOptions } from './footer.options.js';

/** The `<civic-footer>` attributes that render the same footer as these options. */
export function footerAttributes(options: FooterOptions): AttributeMap {
  return withGovukOptions(
    {
      meta: options.meta,
      // `null` (no licence at all) travels as JSON too.
      'content-licence': options.contentLicence === null ? 'null' : options.contentLicence,
      copyright: options.copyright,
      'govuk-branding': options.govukBranding,
    },
    options,
    footerGovukOptions,
  );
}

/** The options `<civic-footer>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const footerGovukOptions = [
  'navigation',
  'classes',
  'containerClasses',
  'attributes',
] as const satisfies readonly (keyof FooterOptions)[];
