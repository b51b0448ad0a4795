import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { cookieBannerMessages } from './cookie-banner.messages.js';
import { cookieBannerTemplate } from './cookie-banner.template.js';
import { cookieChoices, type CookieChoice } from './cookie-banner.choices.js';
import type { CookieBannerOptions } from './cookie-banner.options.js';

/**
 * Fired by `<civic-cookie-banner>` when the person accepts or rejects analytics cookies, before the
 * banner changes. The banner sets no cookie: set yours (or `fetch` your handler) here. Cancel it
 * (`preventDefault()`) to keep the question showing, for example when saving the choice failed.
 */
export class CivicCookieChoiceEvent extends Event {
  static readonly eventName = 'civic-cookie-choice';
  readonly choice: CookieChoice;

  constructor(choice: CookieChoice) {
    super(CivicCookieChoiceEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.choice = choice;
  }
}

// On the document too: a page usually handles consent in one place, for whichever banner it has.
declare global {
  interface HTMLElementEventMap {
    'civic-cookie-choice': CivicCookieChoiceEvent;
  }
  interface DocumentEventMap {
    'civic-cookie-choice': CivicCookieChoiceEvent;
  }
}

function isChoice(value: string | undefined | null): value is CookieChoice {
  return (cookieChoices as readonly string[]).includes(value ?? '');
}

/**
 * @tagname civic-cookie-banner
 * @summary The GOV.UK cookie banner: asks whether the person accepts analytics cookies, then confirms their choice.
 *
 * A `region` named "Cookies on [service]" (Welsh "Cwcis ar wefan [service]") holding
 * a form, so with JavaScript off the buttons post `cookies=accept`, `reject`
 * or `hide` to `form-action` (the same page by default). With JavaScript the
 * element keeps the person on the page: it fires `civic-cookie-choice`, shows
 * the confirmation and moves focus to it (`role="alert"`, `tabindex="-1"`), and
 * "Hide cookie message" hides the banner. It never sets a cookie itself: listen
 * for the event and store the choice. Put it first in `<body>`, and leave it out
 * once the person has chosen.
 *
 * @event civic-cookie-choice - {CivicCookieChoiceEvent} The person accepted or rejected analytics cookies (`event.choice`); cancelable.
 */
export class CivicCookieBanner extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-cookie-banner';

  @property({ attribute: 'service-name' }) serviceName = '';
  /** Defaults to `/cookies`. */
  @property({ attribute: 'cookies-page-url' }) cookiesPageUrl: string | undefined;
  /** Where the form posts when JavaScript is off; the same page by default. */
  @property({ attribute: 'form-action' }) formAction: string | undefined;
  /** Defaults to `cookies`. */
  @property({ attribute: 'field-name' }) fieldName: string | undefined;
  @property({ attribute: 'csrf-token' }) csrfToken: string | undefined;
  /** Defaults to `_csrf`. */
  @property({ attribute: 'csrf-field-name' }) csrfFieldName: string | undefined;
  /** `accept` or `reject` once chosen: the banner shows the confirmation. */
  @property({ converter: { fromAttribute: (value) => (isChoice(value) ? value : undefined) } }) choice: CookieChoice | undefined;

  /** The message showing: the question, or the confirmation after a choice. */
  get message(): HTMLElement | null {
    return this.querySelector('.govuk-cookie-banner__message');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('submit', this.onSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.onSubmit);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const submitter = event.submitter;
    if (!(submitter instanceof HTMLButtonElement) || !this.contains(submitter)) return;
    const value = submitter.value;
    if (value === 'hide') {
      event.preventDefault();
      this.hidden = true;
      return;
    }
    if (!isChoice(value)) return;
    // The page stays put: the service stores the choice from the event, not from a page load.
    event.preventDefault();
    if (!this.dispatchEvent(new CivicCookieChoiceEvent(value))) return;
    this.choice = value;
    void this.updateComplete.then(() => this.message?.focus());
  };

  protected override adoptServerState(serverRoot: HTMLElement): void {
    // The server wrapper writes every option as an attribute; this covers bare markup (`element: false`) wrapped by hand.
    if (!this.serviceName) {
      const label = serverRoot.getAttribute('aria-label') ?? '';
      for (const locale of ['en', 'cy'] as const) {
        const prefix = String(cookieBannerMessages[locale].heading).replace('%{serviceName}', '');
        if (label.startsWith(prefix)) this.serviceName = label.slice(prefix.length);
      }
    }
    const form = serverRoot.querySelector('form');
    this.formAction ??= form?.getAttribute('action') ?? undefined;
    const button = serverRoot.querySelector<HTMLButtonElement>('button[name]');
    this.fieldName ??= button?.name;
    const csrf = serverRoot.querySelector<HTMLInputElement>('input[type="hidden"]');
    this.csrfToken ??= csrf?.value;
    this.csrfFieldName ??= csrf?.name;
    this.cookiesPageUrl ??= serverRoot.querySelector('.govuk-cookie-banner__message a')?.getAttribute('href') ?? undefined;
    if (this.choice === undefined && button?.value === 'hide') {
      const text = serverRoot.querySelector('.govuk-cookie-banner__content')?.textContent ?? '';
      const accepted = [cookieBannerMessages.en.accepted, cookieBannerMessages.cy.accepted].some((message) =>
        text.includes(String(message)),
      );
      this.choice = accepted ? 'accept' : 'reject';
    }
  }

  get options(): CookieBannerOptions {
    return {
      serviceName: this.serviceName,
      cookiesPageUrl: this.cookiesPageUrl,
      formAction: this.formAction,
      fieldName: this.fieldName,
      csrfToken: this.csrfToken,
      csrfFieldName: this.csrfFieldName,
      choice: this.choice,
    };
  }

  protected override render(): TemplateResult {
    return cookieBannerTemplate(this.options, translatorFor(cookieBannerMessages, this.locale, this.messages));
  }
}
