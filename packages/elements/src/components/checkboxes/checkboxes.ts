import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicChoices } from '../../lib/civic-choices.js';
import { translatorFor } from '../../messages.js';
import { choicesMessages } from '../field/choices.messages.js';
import { checkboxesTemplate } from './checkboxes.template.js';
import type { CheckboxDivider, CheckboxItem, CheckboxesOptions } from './checkboxes.options.js';

/**
 * @tagname civic-checkboxes
 * @summary GOV.UK checkboxes: one question as a fieldset and legend, one native checkbox per answer, in the light DOM.
 *
 * The options come as JSON in `items`:
 * `[{ "value": "email", "text": "Email", "hint": "…", "conditional": { "text": "…" } }, { "divider": true },
 * { "value": "none", "text": "None of these", "behaviour": "exclusive" }]`.
 * A divider of `true` says "or" ("neu" in Welsh). An `exclusive` option is the
 * "none" answer: ticking it clears every other box, and ticking another clears
 * it, as govuk-frontend's script does. `conditional` reveals its text while that
 * box is ticked, with `aria-controls` and `aria-expanded` on the checkbox.
 * Conditional content is plain text only: there is no HTML sanitiser yet, so
 * HTML in it is shown as typed, never parsed.
 *
 * Every checkbox shares one `name`, so each ticked value submits natively. The
 * ticked values are the `values` property (JSON array in the `values` attribute).
 * The first checkbox's id is `id-prefix` (or `name`): point the error summary link at it.
 *
 * @event change - Native event from the checkbox the person ticked or cleared.
 * @event input - Native event from the checkbox the person ticked or cleared.
 */
export class CivicCheckboxes extends CivicChoices {
  protected readonly kind = 'checkboxes';

  /** The options, and dividers between them. */
  @property({ type: Array }) items: (CheckboxItem | CheckboxDivider)[] = [];
  /** The ticked options' values, in the order the options appear; follows the person's choices. */
  @property({ type: Array }) values: string[] = [];

  /** Focuses the first checkbox, where the error summary link points. */
  override focus(options?: FocusOptions): void {
    this.inputs[0]?.focus(options);
  }

  protected choose(inputs: HTMLInputElement[], changed: HTMLInputElement): void {
    if (changed.checked) {
      // "None of these" and a real answer contradict each other: the newest tick wins, as in govuk-frontend.
      const exclusive = changed.dataset['behaviour'] === 'exclusive';
      for (const input of inputs) {
        if (input !== changed && (exclusive || input.dataset['behaviour'] === 'exclusive')) input.checked = false;
      }
    }
    this.values = inputs.filter((input) => input.checked).map((input) => input.value);
  }

  protected isChosen(value: string): boolean {
    return this.values.includes(value);
  }

  protected adoptChosen(values: string[]): void {
    this.values = values;
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): CheckboxesOptions {
    return { ...this.fieldOptions, items: this.items, values: this.values };
  }

  protected override render(): TemplateResult {
    return checkboxesTemplate(this.withGovukOptions(this.options), translatorFor(choicesMessages, this.locale, this.messages), true);
  }
}
