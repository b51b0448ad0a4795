import type { AttributeMap } from '../../lib/attributes.js';
import type { CookieBannerOptions } from './cookie-banner.options.js';

/** The `<civic-cookie-banner>` attributes that render the same banner as these options. */
export function cookieBannerAttributes(options: CookieBannerOptions): AttributeMap {
  return {
    'service-name': options.serviceName,
    'cookies-page-url': options.cookiesPageUrl,
    'form-action': options.formAction,
    'field-name': options.fieldName,
    'csrf-token': options.csrfToken,
    'csrf-field-name': options.csrfFieldName,
    choice: options.choice,
  };
}
