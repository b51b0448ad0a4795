import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { focusTemporarily } from '../../lib/focus.js';
import type { HeadingLevel } from '../../lib/heading.js';
import { translatorFor } from '../../messages.js';
import { notificationBannerMessages } from './notification-banner.messages.js';
import { notificationBannerTemplate, notificationBannerRole } from './notification-banner.template.js';
import type { NotificationBannerOptions } from './notification-banner.options.js';

const headingLevels: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * @tagname civic-notification-banner
 * @summary The GOV.UK notification banner: important information at the top of a page, or a green success message after an action.
 *
 * The default banner is a `region` landmark labelled by its title ("Important",
 * Welsh "Pwysig"). A `type="success"` banner ("Success", Welsh "Llwyddiant") is
 * an `alert` and, as in govuk-frontend, takes focus when it first renders so
 * screen reader users hear it at once: it gets `tabindex="-1"` for that, removed
 * again when focus leaves. Set `disable-auto-focus` only if the page moves focus
 * itself. Give each banner its own `title-id` when a page has more than one.
 * Text only: GOV.UK's `html` and `titleHtml` options are not offered because
 * there is no sanitiser yet.
 */
export class CivicNotificationBanner extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-notification-banner';

  @property() text = '';
  /** `success`, or unset for important information. */
  @property() type: NotificationBannerOptions['type'];
  /** Defaults to "Important" or "Success", or their Welsh translations. */
  @property({ attribute: 'title-text' }) titleText: string | undefined;
  /** Id of the title, which labels the banner; defaults to `govuk-notification-banner-title`. */
  @property({ attribute: 'title-id' }) titleId: string | undefined;
  /** 1 to 6; 2 by default. */
  @property({
    attribute: 'title-heading-level',
    converter: { fromAttribute: (value) => headingLevels.find((level) => String(level) === value) },
  })
  titleHeadingLevel: HeadingLevel | undefined;
  /** Replaces GOV.UK's role (`region`, or `alert` for success). Named so it never sets a role on the element itself. */
  @property({ attribute: 'banner-role' }) bannerRole: string | undefined;
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  /** The banner's root, once rendered. */
  get banner(): HTMLElement | null {
    return this.querySelector('.govuk-notification-banner');
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.text ||= (serverRoot.querySelector('.govuk-notification-banner__heading')?.textContent ?? '').trim();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const banner = this.banner;
    if (banner && notificationBannerRole(this.options) === 'alert' && !this.disableAutoFocus) focusTemporarily(banner);
  }

  get options(): NotificationBannerOptions {
    return {
      text: this.text,
      type: this.type === 'success' ? 'success' : undefined,
      titleText: this.titleText,
      titleId: this.titleId,
      titleHeadingLevel: this.titleHeadingLevel,
      role: this.bannerRole,
      disableAutoFocus: this.disableAutoFocus,
    };
  }

  protected override render(): TemplateResult {
    return notificationBannerTemplate(this.options, translatorFor(notificationBannerMessages, this.locale, this.messages));
  }
}
