import { property } from 'lit/decorators.js';
import { spellcheckConverter } from '../components/field/converters.js';
import type { LabelSize } from '../components/field/field.template.js';
import { CivicElement } from './civic-element.js';

/**
 * Base for controls that hold one value in a native `<input>`, `<textarea>` or `<select>`
 * with a GOV.UK label, hint and error message: what they share, written once.
 *
 * The value is copied from the native control in the capture phase of `input` and `change`,
 * before any other listener runs: the browser may run Lit's update between listeners, and
 * an update rendering the old value would wipe the keystroke or the choice.
 */
export abstract class CivicValueField extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-form-group';

  /** The native control's tag. */
  protected abstract readonly controlTag: 'input' | 'textarea' | 'select';

  /** The name the value is submitted under. */
  @property({ reflect: true }) name = '';
  /** The question, as the label's text. */
  @property() label = '';
  /** Label size from the GOV.UK type scale: `s`, `m`, `l` or `xl`. */
  @property({ attribute: 'label-size' }) labelSize: LabelSize | undefined;
  /** Puts the label inside an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'label-is-page-heading' }) labelIsPageHeading = false;
  @property() hint: string | undefined;
  /** Shows the error message and the error styles, and adds the message to the control's description. */
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  /** What the person typed; kept in step with the native control as they type. */
  @property() value = '';
  @property({ type: Boolean }) disabled = false;

  /** The native control, once rendered. */
  protected get control(): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
    return this.querySelector(this.controlTag);
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const control = serverRoot.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(this.controlTag);
    if (control) this.value = control.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.syncValue, { capture: true });
    this.addEventListener('change', this.syncValue, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.syncValue, { capture: true });
    this.removeEventListener('change', this.syncValue, { capture: true });
  }

  /** Called with the new value just before `value` takes it, for subclasses that track what changed. */
  protected valueWillChange(_next: string): void {}

  private readonly syncValue = (event: Event): void => {
    const control = this.control;
    if (!control || event.target !== control || control.value === this.value) return;
    this.valueWillChange(control.value);
    this.value = control.value;
  };
}

/** A value field the person types into: adds the autocomplete and spell-check hints. */
export abstract class CivicTextField extends CivicValueField {
  protected abstract override readonly controlTag: 'input' | 'textarea';

  @property() autocomplete: string | undefined;
  /** `input-spellcheck="false"` turns spell checking off (for names, references); leave unset to let the browser decide. */
  @property({ attribute: 'input-spellcheck', converter: spellcheckConverter }) inputSpellcheck: boolean | undefined;
}
