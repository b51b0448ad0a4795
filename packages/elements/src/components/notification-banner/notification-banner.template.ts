import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { headingTemplate } from '../../lib/heading.js';
import type { NotificationBannerOptions } from './notification-banner.options.js';

export const defaultTitleId = 'govuk-notification-banner-title';

/** The role GOV.UK gives the banner: `alert` makes a success message heard at once; `region` makes other banners a landmark people can jump to. */
export function notificationBannerRole(options: NotificationBannerOptions): string {
  return options.role || (options.type === 'success' ? 'alert' : 'region');
}

/** The GOV.UK notification banner: a titled box at the top of the page, labelled by its title. */
export function notificationBannerTemplate(
  options: NotificationBannerOptions,
  t: Translator<'titleImportant' | 'titleSuccess'>,
): TemplateResult {
  const success = options.type === 'success';
  const titleId = options.titleId || defaultTitleId;
  const title = options.titleText || t(success ? 'titleSuccess' : 'titleImportant');
  // Only `true` is written: an absent attribute already means "focus", so `false` would add nothing.
  const disableAutoFocus = options.disableAutoFocus ? 'true' : undefined;
  return html`<div
    class="govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}"
    role=${notificationBannerRole(options)}
    aria-labelledby=${titleId}
    data-module="govuk-notification-banner"
    data-disable-auto-focus=${ifDefined(disableAutoFocus)}
  >
    <div class="govuk-notification-banner__header">
      ${headingTemplate(options.titleHeadingLevel ?? 2, 'govuk-notification-banner__title', title, titleId)}
    </div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">${options.text}</p>
    </div>
  </div>`;
}
