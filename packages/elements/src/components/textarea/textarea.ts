import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicTextField } from '../../lib/civic-value-field.js';
import { fieldMessages, translatorFor } from '../../messages.js';
import { optionalNumberConverter } from '../field/converters.js';
import { textareaTemplate } from './textarea.template.js';
import type { TextareaOptions } from './textarea.options.js';

/**
 * @tagname civic-textarea
 * @summary A GOV.UK textarea with its label, hint and error message, rendered in the light DOM.
 *
 * For answers longer than a line. The native `<textarea>` lives inside the
 * element, so it submits with its form, its label and `aria-describedby` work,
 * and an error summary link to `#<textarea-id>` focuses it. What the person
 * typed survives the element upgrading over server-rendered markup and any
 * re-render (an error message appearing).
 *
 * @event input - Native event from the inner textarea, as the person types.
 * @event change - Native event from the inner textarea, when the value is committed.
 */
export class CivicTextarea extends CivicTextField {
  protected readonly controlTag = 'textarea';

  /** Id of the native textarea (defaults to `name`); error summary links point at it. */
  @property({ attribute: 'textarea-id' }) textareaId = '';
  /** Visible height in lines (GOV.UK's default is 5): set it to the length of answer you expect. */
  @property({ converter: optionalNumberConverter }) rows: number | undefined;
  /** The native textarea, once rendered. */
  get textarea(): HTMLTextAreaElement | null {
    return this.querySelector('textarea');
  }

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): TextareaOptions {
    return {
      id: this.textareaId || this.name,
      name: this.name,
      label: { text: this.label, size: this.labelSize, isPageHeading: this.labelIsPageHeading },
      rows: this.rows,
      value: this.value,
      hint: this.hint,
      errorMessage: this.errorMessage,
      autocomplete: this.autocomplete,
      spellcheck: this.inputSpellcheck,
      disabled: this.disabled,
    };
  }

  protected override render(): TemplateResult {
    return textareaTemplate(this.withGovukOptions(this.options), translatorFor(fieldMessages, this.locale, this.messages));
  }
}
