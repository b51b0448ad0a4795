import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { fieldMessages, translatorFor } from '../../messages.js';
import type { LabelSize } from '../field/field.template.js';
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
export class CivicTextInput extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-form-group';

  /** The name the value is submitted under. */
  @property({ reflect: true }) name = '';
  /** Id of the native input (defaults to `name`); error summary links point at it. */
  @property({ attribute: 'input-id' }) inputId = '';
  /** The question, as the label's text. */
  @property() label = '';
  /** Label size from the GOV.UK type scale: `s`, `m`, `l` or `xl`. */
  @property({ attribute: 'label-size' }) labelSize: LabelSize | undefined;
  /** Puts the label inside an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'label-is-page-heading' }) labelIsPageHeading = false;
  @property() hint: string | undefined;
  /** Shows the error message and the error styles; the element then names itself in `aria-describedby`. */
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  @property() value = '';
  @property() type: NonNullable<TextInputOptions['type']> = 'text';
  @property() inputmode: TextInputOptions['inputmode'];
  @property() autocomplete: string | undefined;
  /** `input-spellcheck="false"` turns spell checking off (for names, references); leave unset to let the browser decide. */
  @property({ attribute: 'input-spellcheck', converter: { fromAttribute: (value) => (value === null ? undefined : value !== 'false') } })
  inputSpellcheck: boolean | undefined;
  @property() width: TextInputWidth | undefined;
  /** Text before the input, such as `£`; hidden from screen readers, so say it in the label too. */
  @property({ attribute: 'prefix-text' }) prefixText: string | undefined;
  /** Text after the input, such as `per item`; hidden from screen readers like the prefix. */
  @property({ attribute: 'suffix-text' }) suffixText: string | undefined;
  @property({ type: Boolean }) disabled = false;

  /** The native input element, once rendered. */
  get input(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const input = serverRoot.querySelector('input');
    if (input) this.value = input.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.syncValue);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.syncValue);
  }

  private readonly syncValue = (event: Event): void => {
    if (event.target === this.input) this.value = (event.target as HTMLInputElement).value;
  };

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
    return html`${textInputTemplate(this.options, translatorFor(fieldMessages, this.locale, this.messages))}`;
  }
}
