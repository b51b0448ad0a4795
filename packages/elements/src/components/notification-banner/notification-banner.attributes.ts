import type { AttributeMap } from '../../lib/attributes.js';
import type { NotificationBannerOptions } from './notification-banner.options.js';

/** The `<civic-notification-banner>` attributes that render the same banner as these options. */
export function notificationBannerAttributes(options: NotificationBannerOptions): AttributeMap {
  return {
    text: options.text,
    type: options.type,
    'title-text': options.titleText,
    'title-id': options.titleId,
    'title-heading-level': options.titleHeadingLevel === undefined ? undefined : String(options.titleHeadingLevel),
    'banner-role': options.role,
    'disable-auto-focus': options.disableAutoFocus,
  };
}
