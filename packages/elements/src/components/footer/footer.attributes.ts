import type { AttributeMap } from '../../lib/attributes.js';
import type { FooterOptions } from './footer.options.js';

/** The `<civic-footer>` attributes that render the same footer as these options. */
export function footerAttributes(options: FooterOptions): AttributeMap {
  return {
    meta: options.meta,
    'content-licence': options.contentLicence,
    copyright: options.copyright,
    'govuk-branding': options.govukBranding,
  };
}
