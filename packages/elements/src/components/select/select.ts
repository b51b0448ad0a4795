import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicValueField } from '../../lib/civic-value-field.js';
import { fieldMessages, translatorFor } from '../../messages.js';
import { selectTemplate } from './select.template.js';
import type { SelectItem, SelectOptions } from './select.options.js';

/**
 * @tagname civic-select
 * @summary A GOV.UK select with its label, hint and error message, rendered in the light DOM.
 *
 * The options come as JSON in `items`: `[{ "value": "newest", "text": "Recently published" }, …]`,
 * with `"disabled": true` for an option that is shown but cannot be chosen. `value` names the
 * chosen option and follows the person's choice. The native `<select>` lives inside the
 * element, so it submits with its form and an error summary link to `#<select-id>` focuses it.
 * GOV.UK advises radios instead where there are few options: people find selects hard to use.
 *
 * @event input - Native event from the inner select, when the person chooses.
 * @event change - Native event from the inner select, when the person chooses.
 */
export class CivicSelect extends CivicValueField {
  protected readonly controlTag = 'select';

  /** Id of the native select (defaults to `name`); error summary links point at it. */
  @property({ attribute: 'select-id' }) selectId = '';
  /** The options, in order. */
  @property({ type: Array }) items: SelectItem[] = [];

  /** The native select, once rendered. */
  get select(): HTMLSelectElement | null {
    return this.querySelector('select');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The `selected` attribute stops steering the select once the person has chosen, so set the live choice too;
    // a value no option has leaves the choice alone rather than blanking the select.
    const select = this.select;
    if (select && [...select.options].some((option) => option.value === this.value)) select.value = this.value;
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): SelectOptions {
    return {
      id: this.selectId || this.name,
      name: this.name,
      label: { text: this.label, size: this.labelSize, isPageHeading: this.labelIsPageHeading },
      items: this.items,
      value: this.value,
      hint: this.hint,
      errorMessage: this.errorMessage,
      disabled: this.disabled,
    };
  }

  protected override render(): TemplateResult {
    return selectTemplate(this.withGovukOptions(this.options), translatorFor(fieldMessages, this.locale, this.messages));
  }
}
