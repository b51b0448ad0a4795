import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import type { LabelSize } from '../field/field.template.js';
import { dateInputMessages } from './date-input.messages.js';
import { dateInputErrorTarget, dateInputTemplate } from './date-input.template.js';
import type { DateInputOptions, DateValues } from './date-input.options.js';
import { dateParts, type DatePart } from './date-input.parts.js';

/**
 * @tagname civic-date-input
 * @summary A GOV.UK date input: day, month and year boxes in a fieldset, rendered in the light DOM.
 *
 * The inputs' ids are `<id-prefix>-day`, `-month` and `-year`, and their names
 * `<name-prefix>-day`… (plain `day`, `month`, `year` without a prefix), so they
 * submit natively. `values` holds what was typed, as text, as JSON in the
 * `values` attribute: `{"day":"31","month":"3","year":"1980"}`. With an error
 * message, `error-items` (`["year"]`) puts the error border on those parts only;
 * point the error summary link at `errorTarget`, the first part in error.
 * `date-of-birth` lets the browser fill in the person's own birthday.
 * The part labels are "Day", "Month", "Year" ("Diwrnod", "Mis", "Blwyddyn" in Welsh).
 *
 * @event input - Native event from the part the person is typing in.
 * @event change - Native event from a part, when its value is committed.
 */
export class CivicDateInput extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-form-group';

  /** Id of the group and prefix of the inputs' ids. */
  @property({ attribute: 'id-prefix' }) idPrefix = '';
  /** Prefix of the inputs' names; without one they submit as `day`, `month` and `year`. */
  @property({ attribute: 'name-prefix' }) namePrefix: string | undefined;
  /** The question, as the fieldset's legend. */
  @property() legend = '';
  @property({ attribute: 'legend-size' }) legendSize: LabelSize | undefined;
  /** Puts the legend's text in an `h1`, for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'legend-is-page-heading' }) legendIsPageHeading = false;
  @property() hint: string | undefined;
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;
  /** The parts the error is about (`day`, `month`, `year`); without it an error message marks all three. */
  @property({ type: Array, attribute: 'error-items' }) errorItems: DatePart[] | undefined;
  /** What the person typed in each part; kept in step as they type. */
  @property({ type: Object }) values: DateValues = {};
  /** Adds `autocomplete="bday-day"`… so the browser can fill in the person's date of birth. */
  @property({ type: Boolean, attribute: 'date-of-birth' }) dateOfBirth = false;

  /** The day, month and year inputs, in that order, once rendered. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input.govuk-date-input__input')];
  }

  /** The id an error summary link should point at: the first part in error, or the day. */
  get errorTarget(): string {
    return dateInputErrorTarget(this.options);
  }

  /** Focuses the first part in error, or the day. */
  override focus(options?: FocusOptions): void {
    this.inputs[dateParts.findIndex((part) => this.errorTarget.endsWith(`-${part}`))]?.focus(options);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const inputs = [...serverRoot.querySelectorAll<HTMLInputElement>('input.govuk-date-input__input')];
    this.values = Object.fromEntries(dateParts.map((part, index) => [part, inputs[index]?.value ?? ''])) as DateValues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture, as CivicTextField does: the value must change before any other listener can cause a render that would wipe the keystroke.
    this.addEventListener('input', this.syncValues, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.syncValues, { capture: true });
  }

  private readonly syncValues = (event: Event): void => {
    const target = event.target;
    const part = dateParts[this.inputs.findIndex((input) => input === target)];
    if (part && target instanceof HTMLInputElement) this.values = { ...this.values, [part]: target.value };
  };

  /** The options this element renders from, in the shape the server render function takes. */
  get options(): DateInputOptions {
    return {
      id: this.idPrefix,
      namePrefix: this.namePrefix,
      fieldset: this.legend ? { legend: { text: this.legend, size: this.legendSize, isPageHeading: this.legendIsPageHeading } } : undefined,
      values: this.values,
      hint: this.hint,
      errorMessage: this.errorMessage,
      errorItems: this.errorItems,
      dateOfBirth: this.dateOfBirth,
    };
  }

  protected override render(): TemplateResult {
    return dateInputTemplate(this.withGovukOptions(this.options), translatorFor(dateInputMessages, this.locale, this.messages));
  }
}
