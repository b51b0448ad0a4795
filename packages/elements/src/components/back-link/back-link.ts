import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { backLinkMessages } from './back-link.messages.js';
import { backLinkTemplate } from './back-link.template.js';
import type { BackLinkOptions } from './back-link.options.js';

/**
 * @tagname civic-back-link
 * @summary The GOV.UK back link: takes people to the previous page of a journey.
 *
 * A real link (`href`), so it works without JavaScript and keeps what the person
 * entered on the previous page; it is not a `history.back()` button. The text
 * defaults to "Back" (Welsh "Yn ôl"). Put it before `<main>`, after the header.
 * Text only: GOV.UK's `html` option is not offered because there is no sanitiser yet.
 */
export class CivicBackLink extends CivicElement {
  // Its GOV.UK markup is inline-level, so the element stays inline: it may sit in a line of text.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .govuk-back-link';

  /** The previous page (relative, http(s), mailto or tel; anything else becomes `#`). */
  @property() href: string | undefined;
  /** Defaults to "Back", or its Welsh translation. */
  @property() text: string | undefined;

  /** The native link, once rendered. */
  get link(): HTMLAnchorElement | null {
    return this.querySelector('a');
  }

  override focus(options?: FocusOptions): void {
    this.link?.focus(options);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.href ??= serverRoot.getAttribute('href') ?? undefined;
    const text = (serverRoot.textContent ?? '').trim();
    // Default wording is left to the catalogue, so the link still follows the page language.
    if (this.text === undefined && text !== backLinkMessages.en.text && text !== backLinkMessages.cy.text) this.text = text;
  }

  get options(): BackLinkOptions {
    return { href: this.href, text: this.text };
  }

  protected override render(): TemplateResult {
    return backLinkTemplate(this.withGovukOptions(this.options), translatorFor(backLinkMessages, this.locale, this.messages));
  }
}
