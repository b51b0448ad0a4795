import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { insetTextTemplate } from './inset-text.template.js';
import type { InsetTextOptions } from './inset-text.options.js';

/**
 * @tagname civic-inset-text
 * @summary GOV.UK inset text: sets a quotation, example or piece of advice apart from the content around it.
 *
 * Give the text as the `text` attribute or as the element's own text. Text only:
 * GOV.UK's `html` option (and the macro's `caller` block) are not offered because
 * there is no sanitiser yet.
 */
export class CivicInsetText extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-inset-text';

  @property() text = '';
  /** Id for the inner `div`, for example to point `aria-describedby` at it. */
  @property({ attribute: 'inset-id' }) insetId: string | undefined;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (!this.text) this.text = (serverRoot.textContent ?? '').trim();
  }

  get options(): InsetTextOptions {
    return { text: this.text, id: this.insetId };
  }

  protected override render(): TemplateResult {
    return insetTextTemplate(this.withGovukOptions(this.options));
  }
}
