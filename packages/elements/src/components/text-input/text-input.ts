import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicTextField } from '../../lib/civic-value-field.js';
import { fieldMessages, translatorFor } from '../../messages.js';
import { textInputTemplate } from './text-input.template.js';
import type { TextInputOptions, TextInputWidth } from './text-input.options.js';

/**
 * @tagname civic-text-input
 * @summary A GOV.UK text input with its label, hint and error message, rendered in the light DOM.
 *
 * The native `<input>` lives inside the element, so it submits with its form,
 * its label and `aria-describedby` work, and an error summary link to
 * `#<input-id>` focuses it. Listen for the native `input` and `change` events:
 * they bubble from the input as usual.
 *
 * @event input - Native event from the inner input, as the person types.
 * @event change - Native event from the inner input, when the value is committed.
 */
export class CivicTextInput extends CivicTextField {
  protected readonly controlTag = 'input';

  /** Id of the native input (defaults to `name`); error summary links point at it. */
  @property({ attribute: 'input-id' }) inputId = '';
  @property() type: NonNullable<TextInputOptions['type']> = 'text';
  @property() inputmode: TextInputOptions['inputmode'];
  @property() width: TextInputWidth | undefined;
  /** Text before the input, such as `£`; hidden from screen readers, so say it in the label too. */
  @property({ attribute: 'prefix-text' }) prefixText: string | undefined;
  /** Text after the input, such as `per item`; hidden from screen readers like the prefix. */
  @property({ attribute: 'suffix-text' }) suffixText: string | undefined;

  /** The native input element, once rendered. */
  get input(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): TextInputOptions {
    return {
      id: this.inputId || this.name,
      name: this.name,
      label: { text: this.label, size: this.labelSize, isPageHeading: this.labelIsPageHeading },
      type: this.type,
      value: this.value,
      hint: this.hint,
      errorMessage: this.errorMessage,
      inputmode: this.inputmode,
      autocomplete: this.autocomplete,
      spellcheck: this.inputSpellcheck,
      width: this.width,
      prefix: this.prefixText,
      suffix: this.suffixText,
      disabled: this.disabled,
    };
  }

  protected override render(): TemplateResult {
    return textInputTemplate(this.withGovukOptions(this.options), translatorFor(fieldMessages, this.locale, this.messages));
  }
}
