import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicChoices } from '../../lib/civic-choices.js';
import { translatorFor } from '../../messages.js';
import { choicesMessages } from '../field/choices.messages.js';
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
export class CivicRadios extends CivicChoices {
  protected readonly kind = 'radios';

  /** The options, and dividers between them. */
  @property({ type: Array }) items: (RadioItem | RadioDivider)[] = [];
  /** The chosen option's value (`''` when none is chosen); follows the person's choice. */
  @property() value = '';
  @property({ type: Boolean }) inline = false;

  /** Focuses the chosen radio, or the first. */
  override focus(options?: FocusOptions): void {
    const inputs = this.inputs;
    (inputs.find((input) => input.checked) ?? inputs[0])?.focus(options);
  }

  protected choose(_inputs: HTMLInputElement[], changed: HTMLInputElement): void {
    if (changed.checked) this.value = changed.value;
  }

  protected isChosen(value: string): boolean {
    return this.value !== '' && value === this.value;
  }

  protected adoptChosen(values: string[]): void {
    this.value = values[0] ?? '';
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): RadiosOptions {
    return { ...this.fieldOptions, items: this.items, value: this.value, inline: this.inline };
  }

  protected override render(): TemplateResult {
    return radiosTemplate(this.withGovukOptions(this.options), translatorFor(choicesMessages, this.locale, this.messages), true);
  }
}
