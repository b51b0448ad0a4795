import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { focusTemporarily } from '../../lib/focus.js';
import { translatorFor } from '../../messages.js';
import { skipLinkMessages } from './skip-link.messages.js';
import { skipLinkTemplate } from './skip-link.template.js';
import type { SkipLinkOptions } from './skip-link.options.js';

/**
 * @tagname civic-skip-link
 * @summary The GOV.UK skip link: lets keyboard users jump past the header to the main content.
 *
 * Put it first in `<body>`; it shows only when focused. Following it moves focus
 * to the target (`#content` by default), not just the scroll position, so the next
 * Tab continues from the main content. As govuk-frontend does, the target gets
 * `tabindex="-1"` and the `govuk-skip-link-focused-element` class (no focus
 * outline on a whole `<main>`), both removed when focus leaves it. The text
 * defaults to "Skip to main content" (Welsh "Neidio i’r prif gynnwys"). Text
 * only: GOV.UK's `html` option is not offered because there is no sanitiser yet.
 */
export class CivicSkipLink extends CivicElement {
  // Its GOV.UK markup is inline-level, so the element stays inline: it may sit in a line of text.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .govuk-skip-link';

  /** `#` and the id of the main content; defaults to `#content`. */
  @property() href: string | undefined;
  /** Defaults to "Skip to main content", or its Welsh translation. */
  @property() text: string | undefined;

  /** The native link, once rendered. */
  get link(): HTMLAnchorElement | null {
    return this.querySelector('a');
  }

  override focus(options?: FocusOptions): void {
    this.link?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const link = this.link;
    if (!link || !(event.target instanceof Node) || !link.contains(event.target)) return;
    // Only a link to this page: a skip link to another page is an ordinary link.
    if (link.origin !== location.origin || link.pathname !== location.pathname || link.hash.length < 2) return;
    const target = this.ownerDocument.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    focusTemporarily(target, {
      onBeforeFocus: () => target.classList.add('govuk-skip-link-focused-element'),
      onBlur: () => target.classList.remove('govuk-skip-link-focused-element'),
    });
  };

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.href ??= serverRoot.getAttribute('href') ?? undefined;
    const text = (serverRoot.textContent ?? '').trim();
    // Default wording is left to the catalogue, so the link still follows the page language.
    if (this.text === undefined && text !== skipLinkMessages.en.text && text !== skipLinkMessages.cy.text) this.text = text;
  }

  get options(): SkipLinkOptions {
    return { href: this.href, text: this.text };
  }

  protected override render(): TemplateResult {
    return skipLinkTemplate(this.withGovukOptions(this.options), translatorFor(skipLinkMessages, this.locale, this.messages));
  }
}
