import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { warningTextMessages } from './warning-text.messages.js';
import { warningTextTemplate } from './warning-text.template.js';
import type { WarningTextOptions } from './warning-text.options.js';

/**
 * @tagname civic-warning-text
 * @summary GOV.UK warning text: tells people about something important, such as a fine or a legal consequence.
 *
 * The "!" icon is hidden from assistive technology, which reads a visually
 * hidden "Warning" (Welsh: "Rhybudd") before the text instead; change it with
 * `icon-fallback-text` or `messages='{"iconFallbackText": "…"}'`. Give the text
 * as the `text` attribute or as the element's own text. Text only: GOV.UK's
 * `html` option is not offered because there is no sanitiser yet.
 */
export class CivicWarningText extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-warning-text';

  @property() text = '';
  /** What screen readers hear in place of the icon; defaults to "Warning" or its Welsh translation. */
  @property({ attribute: 'icon-fallback-text' }) iconFallbackText: string | undefined;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.text) return;
    // The strong holds the visually hidden prefix then the text; only the text is ours to keep.
    const strong = serverRoot.querySelector('.govuk-warning-text__text');
    const prefix = strong?.querySelector('.govuk-visually-hidden')?.textContent ?? '';
    this.text = (strong?.textContent ?? '').slice(prefix.length).trim();
  }

  get options(): WarningTextOptions {
    return { text: this.text, iconFallbackText: this.iconFallbackText };
  }

  protected override render(): TemplateResult {
    return warningTextTemplate(this.withGovukOptions(this.options), translatorFor(warningTextMessages, this.locale, this.messages));
  }
}
