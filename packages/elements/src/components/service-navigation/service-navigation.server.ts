import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { serviceNavigationAttributes } from './service-navigation.attributes.js';
import { serviceNavigationMessages } from './service-navigation.messages.js';
import { serviceNavigationOptionsSchema, type ServiceNavigationOptions } from './service-navigation.options.js';
import { serviceNavigationTemplate } from './service-navigation.template.js';

/**
 * Renders GOV.UK service navigation as HTML. Put it in the page's `<header>`, after the header.
 * Without JavaScript every item shows at every width; the element adds the mobile menu button.
 */
export function renderServiceNavigation(options: ServiceNavigationOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-service-navigation',
      schema: serviceNavigationOptionsSchema,
      codePrefix: 'elements.service_navigation',
      what: 'service navigation options',
      catalogue: serviceNavigationMessages,
      template: (options, t) => serviceNavigationTemplate(options, t),
      attributes: serviceNavigationAttributes,
    },
    options,
    context,
  );
}
