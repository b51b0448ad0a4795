import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { detailsTemplate } from './details.template.js';
import type { DetailsOptions } from './details.options.js';

/**
 * @tagname civic-details
 * @summary GOV.UK details: a short link that opens to show more information, for help only some people need.
 *
 * Renders the native `<details>` and `<summary>`, so it opens and closes with
 * no script, from the keyboard (Enter or Space on the summary) and with every
 * screen reader. The `open` property and attribute follow the person's own
 * opening and closing, and setting them opens or closes it. Text only: GOV.UK's
 * `summaryHtml` and `html` options are not offered because there is no sanitiser yet.
 *
 * @event toggle - Native event from the inner `<details>` when it opens or closes; it does not bubble, so listen with `{ capture: true }` on the element.
 */
export class CivicDetails extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-details';

  @property({ attribute: 'summary-text' }) summaryText = '';
  @property() text = '';
  @property({ type: Boolean, reflect: true }) open = false;
  /** Id for the inner `<details>`. */
  @property({ attribute: 'details-id' }) detailsId: string | undefined;

  /** The native details element, once rendered. */
  get details(): HTMLDetailsElement | null {
    return this.querySelector('details');
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.summaryText ||= (serverRoot.querySelector('.govuk-details__summary-text')?.textContent ?? '').trim();
    this.text ||= (serverRoot.querySelector('.govuk-details__text')?.textContent ?? '').trim();
    // Someone may have opened it before the script loaded; closing it under them would lose their place.
    if (serverRoot instanceof HTMLDetailsElement) this.open = serverRoot.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('toggle', this.syncOpen, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('toggle', this.syncOpen, { capture: true });
  }

  private readonly syncOpen = (event: Event): void => {
    if (event.target === this.details) this.open = (event.target as HTMLDetailsElement).open;
  };

  get options(): DetailsOptions {
    return { summaryText: this.summaryText, text: this.text, open: this.open, id: this.detailsId };
  }

  protected override render(): TemplateResult {
    return detailsTemplate(this.options);
  }
}
