import type { AttributeMap } from '../../lib/attributes.js';
import type { ServiceNavigationOptions } from './service-navigation.options.js';

/** The `<civic-service-navigation>` attributes that render the same navigation as these options. */
export function serviceNavigationAttributes(options: ServiceNavigationOptions): AttributeMap {
  return {
    'service-name': options.serviceName,
    'service-url': options.serviceUrl,
    navigation: options.navigation,
    'section-label': options.ariaLabel,
    'menu-button-text': options.menuButtonText,
    'menu-button-label': options.menuButtonLabel,
    'navigation-label': options.navigationLabel,
    'navigation-id': options.navigationId,
    // Written either way: unset means "collapse when there is more than one item", so `false` is a choice too.
    'collapse-navigation-on-mobile':
      options.collapseNavigationOnMobile === undefined ? undefined : String(options.collapseNavigationOnMobile),
  };
}
