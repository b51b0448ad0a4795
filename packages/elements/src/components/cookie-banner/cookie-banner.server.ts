import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { cookieBannerAttributes } from './cookie-banner.attributes.js';
import { cookieBannerMessages } from './cookie-banner.messages.js';
import { cookieBannerOptionsSchema, type CookieBannerOptions } from './cookie-banner.options.js';
import { cookieBannerTemplate } from './cookie-banner.template.js';

/**
 * Renders the GOV.UK cookie banner as HTML. Put it first in `<body>`, before the skip link. Without
 * JavaScript its buttons post `cookies=accept`, `reject` or `hide`: set the cookie, then render the page
 * again with `choice` (or, after `hide`, without the banner).
 */
export function renderCookieBanner(options: CookieBannerOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-cookie-banner',
      schema: cookieBannerOptionsSchema,
      codePrefix: 'elements.cookie_banner',
      what: 'cookie banner options',
      catalogue: cookieBannerMessages,
      template: cookieBannerTemplate,
      attributes: cookieBannerAttributes,
    },
    options,
    context,
  );
}
