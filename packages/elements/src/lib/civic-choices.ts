import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { LabelSize } from '../components/field/field.template.js';
import { CivicElement } from './civic-element.js';

/**
 * Base for radios and checkboxes: one question as a fieldset and legend, one native input per answer,
 * all under one `name`. Subclasses say what "chosen" means (one value, or a list of values).
 */
export abstract class CivicChoices extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-form-group';

  /** `radios` or `checkboxes`: the GOV.UK block whose inputs this element owns. */
  protected abstract readonly kind: 'radios' | 'checkboxes';

  /** The name every input submits under. */
  @property({ reflect: true }) name = '';
  /** Id of the first input and prefix of the others (defaults to `name`); point error summary links at it. */
  @property({ attribute: 'id-prefix' }) idPrefix: string | undefined;
  /** The question, as the fieldset's legend. */
  @property() legend = '';
  @property({ attribute: 'legend-size' }) legendSize: LabelSize | undefined;
  /** Puts the legend's text in an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'legend-is-page-heading' }) legendIsPageHeading = false;
  @property() hint: string | undefined;
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  @property({ type: Boolean }) small = false;

  /** The native inputs, in order. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input.govuk-${this.kind}__input`)];
  }

  /** Takes the chosen values from the inputs (after the person changed `changed`). */
  protected abstract choose(inputs: HTMLInputElement[], changed: HTMLInputElement): void;
  /** Whether an answer with this value is chosen now. */
  protected abstract isChosen(value: string): boolean;
  /** Sets the chosen values from the server-rendered inputs that were checked. */
  protected abstract adoptChosen(values: string[]): void;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.adoptChosen(
      [...serverRoot.querySelectorAll<HTMLInputElement>(`input.govuk-${this.kind}__input:checked`)].map((input) => input.value),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: the choice must change before any other listener can cause a render that would show the old one.
    this.addEventListener('change', this.syncChoice, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('change', this.syncChoice, { capture: true });
  }

  private readonly syncChoice = (event: Event): void => {
    const target = event.target;
    const inputs = this.inputs;
    if (target instanceof HTMLInputElement && inputs.includes(target)) this.choose(inputs, target);
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The `checked` attribute stops steering an input once the person has clicked it, so set the live state too.
    for (const input of this.inputs) input.checked = this.isChosen(input.value);
  }

  /** The question and fieldset part of the options, shared by both kinds. */
  protected get fieldOptions() {
    return {
      idPrefix: this.idPrefix,
      name: this.name,
      // No legend, no fieldset: GOV.UK makes it optional, for answers whose question is the page heading.
      fieldset: this.legend ? { legend: { text: this.legend, size: this.legendSize, isPageHeading: this.legendIsPageHeading } } : undefined,
      hint: this.hint,
      errorMessage: this.errorMessage,
      small: this.small,
    };
  }
}
