import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { notificationBannerAttributes } from './notification-banner.attributes.js';
import { notificationBannerMessages } from './notification-banner.messages.js';
import { notificationBannerOptionsSchema, type NotificationBannerOptions } from './notification-banner.options.js';
import { notificationBannerTemplate } from './notification-banner.template.js';

/** Renders a GOV.UK notification banner as HTML. Put it first in `<main>`, above the `h1`. */
export function renderNotificationBanner(options: NotificationBannerOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-notification-banner',
      schema: notificationBannerOptionsSchema,
      codePrefix: 'elements.notification_banner',
      what: 'notification banner options',
      catalogue: notificationBannerMessages,
      template: notificationBannerTemplate,
      attributes: notificationBannerAttributes,
    },
    options,
    context,
  );
}
