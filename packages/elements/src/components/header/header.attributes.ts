import type { AttributeMap } from '../../lib/attributes.js';
import type { HeaderOptions } from './header.options.js';

/** The `<civic-header>` attributes that render the same header as these options. */
export function headerAttributes(options: HeaderOptions): AttributeMap {
  return {
    'organisation-name': options.organisationName,
    'homepage-url': options.homepageUrl,
    'logo-url': options.logoUrl,
    'logo-alt': options.logoAlt,
    'service-name': options.serviceName,
    'service-url': options.serviceUrl,
    'govuk-branding': options.govukBranding,
  };
}
