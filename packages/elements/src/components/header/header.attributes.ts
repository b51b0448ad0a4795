import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { HeaderOptions } from './header.options.js';

/** The `<civic-header>` attributes that render the same header as these options. */
export function headerAttributes(options: HeaderOptions): AttributeMap {
  return withGovukOptions(
    {
      'organisation-name': options.organisationName,
      'homepage-url': options.homepageUrl,
      'logo-url': options.logoUrl,
      'logo-alt': options.logoAlt,
      'service-name': options.serviceName,
      'service-url': options.serviceUrl,
      'govuk-branding': options.govukBranding,
    },
    options,
    headerGovukOptions,
  );
}

/** The options `<civic-header>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const headerGovukOptions = [
  'productName',
  'classes',
  'containerClasses',
  'attributes',
] as const satisfies readonly (keyof HeaderOptions)[];
