import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { phaseBannerTemplate } from './phase-banner.template.js';
import type { PhaseBannerOptions } from './phase-banner.options.js';

/**
 * @tagname civic-phase-banner
 * @summary The GOV.UK phase banner: says a service is in alpha or beta, and what that means for the person using it.
 *
 * The phase (`tag-text`) and the text are yours to word, as in GOV.UK ("Beta", Welsh "Beta"; "Alpha",
 * Welsh "Alffa"), so they are not in a message catalogue. The text can also go between the tags:
 * `<civic-phase-banner tag-text="Beta">This is a new service.</civic-phase-banner>`. Plain text only:
 * GOV.UK's `html` option, often used for a feedback link, is not offered because there is no sanitiser yet.
 */
export class CivicPhaseBanner extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-phase-banner';

  @property({ attribute: 'tag-text' }) tagText = '';
  @property() text = '';

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.tagText ||= (serverRoot.querySelector('.govuk-phase-banner__content__tag')?.textContent ?? '').trim();
    this.text ||= (serverRoot.querySelector('.govuk-phase-banner__text')?.textContent ?? '').trim();
  }

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  get options(): PhaseBannerOptions {
    return { tag: { text: this.tagText }, text: this.text };
  }

  protected override render(): TemplateResult {
    return phaseBannerTemplate(this.options);
  }
}
