import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '@civicbricks/core/i18n';
import { CivicElement, errorSummaryMessages, errorSummaryTemplate, followErrorLink, translatorFor } from '@civicbricks/elements';
import type { HiddenField } from './schemas.js';

/** One problem with the form: its message and the id of the field it is about. */
export interface FormProblem {
  readonly text: string;
  readonly fieldId: string;
}

/** The GOV.UK error summary for a form's problems, each linking to its field; nothing when there are none. */
export function errorSummaryFor(problems: readonly FormProblem[], locale: Locale): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return errorSummaryTemplate(
    { errorList: problems.map((problem) => ({ text: problem.text, href: `#${problem.fieldId}` })) },
    translatorFor(errorSummaryMessages, locale),
  );
}

/** The fields a form posts unseen (the CSRF token, the case's version for the optimistic check). */
export function hiddenFieldsTemplate(fields: readonly HiddenField[] | undefined): TemplateResult[] {
  return (fields ?? []).map((field) => html`<input type="hidden" name=${field.name} value=${field.value} />`);
}

/**
 * A staff form that keeps GOV.UK's error summary contract: when it renders with problems the summary takes focus
 * (so a screen reader reads them at once), and following a summary link focuses the field and brings its label
 * into view. The form itself posts natively, so it works with JavaScript off.
 */
export abstract class CaseFormElement extends CivicElement {
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.addEventListener('submit', this.onSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('submit', this.onSubmit);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.problemsChanged(changed)) this.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
  }

  /** True when this update brought problems to show (the first render with errors, or a refused submission). */
  protected abstract problemsChanged(changed: PropertyValues): boolean;

  /** Looks at a submission before it leaves; cancel the event to hold it back. Every submission goes by default. */
  protected checkSubmission(_event: SubmitEvent): void {}

  private readonly onClick = (event: MouseEvent): void => followErrorLink(event, this);

  private readonly onSubmit = (event: SubmitEvent): void => this.checkSubmission(event);
}
