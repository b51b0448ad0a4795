import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { choicesMessages } from '../field/choices.messages.js';
import type { LabelSize } from '../field/field.template.js';
import { radiosTemplate } from './radios.template.js';
import type { RadioDivider, RadioItem, RadiosOptions } from './radios.options.js';

/**
 * @tagname civic-radios
 * @summary GOV.UK radios: one question as a fieldset and legend, one native radio per answer, in the light DOM.
 *
 * The options come as JSON in `items`:
 * `[{ "value": "email", "text": "Email", "hint": "…", "conditional": { "text": "…" } }, { "divider": true }, …]`.
 * A divider of `true` says "or" ("neu" in Welsh). `conditional` reveals its
 * text while that option is chosen, with `aria-controls` on the radio as
 * govuk-frontend sets it (but not `aria-expanded`, which ARIA does not allow on
 * a radio; see alphagov/govuk-frontend#979). Conditional content is plain text
 * only: there is no HTML sanitiser yet, so HTML in it is shown as typed, never parsed.
 *
 * All radios share one `name` and submit natively. The first radio's id is
 * `id-prefix` (or `name`): point the error summary link at it. Arrow keys move
 * between options as the browser's own radio group does.
 *
 * @event change - Native event from the radio the person chose.
 * @event input - Native event from the radio the person chose.
 */
export class CivicRadios extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-form-group';

  /** The name every radio submits under. */
  @property({ reflect: true }) name = '';
  /** Id of the first radio and prefix of the others (defaults to `name`). */
  @property({ attribute: 'id-prefix' }) idPrefix: string | undefined;
  /** The question, as the fieldset's legend. */
  @property() legend = '';
  @property({ attribute: 'legend-size' }) legendSize: LabelSize | undefined;
  /** Puts the legend's text in an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'legend-is-page-heading' }) legendIsPageHeading = false;
  @property() hint: string | undefined;
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  /** The options, and dividers between them. */
  @property({ type: Array }) items: (RadioItem | RadioDivider)[] = [];
  /** The chosen option's value (`''` when none is chosen); follows the person's choice. */
  @property() value = '';
  @property({ type: Boolean }) inline = false;
  @property({ type: Boolean }) small = false;

  /** The native radios, in order. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input.govuk-radios__input')];
  }

  /** Focuses the chosen radio, or the first. */
  override focus(options?: FocusOptions): void {
    const inputs = this.inputs;
    (inputs.find((input) => input.checked) ?? inputs[0])?.focus(options);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const checked = serverRoot.querySelector<HTMLInputElement>('input.govuk-radios__input:checked');
    this.value = checked?.value ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: the value must change before any other listener can cause a render that would show the old choice.
    this.addEventListener('change', this.syncValue, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.syncValue, { capture: true });
  }

  private readonly syncValue = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'radio' && this.inputs.includes(target) && target.checked) {
      this.value = target.value;
    }
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The `checked` attribute stops steering a radio once the person has clicked it, so set the live state too.
    for (const input of this.inputs) input.checked = this.value !== '' && input.value === this.value;
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): RadiosOptions {
    return {
      idPrefix: this.idPrefix,
      name: this.name,
      fieldset: { legend: { text: this.legend, size: this.legendSize, isPageHeading: this.legendIsPageHeading } },
      items: this.items,
      value: this.value,
      hint: this.hint,
      errorMessage: this.errorMessage,
      inline: this.inline,
      small: this.small,
    };
  }

  protected override render(): TemplateResult {
    return html`${radiosTemplate(this.options, translatorFor(choicesMessages, this.locale, this.messages), true)}`;
  }
}
