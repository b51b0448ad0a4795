import { resolveLocale } from '@civicbricks/core/i18n';
import { CivicErrorSummary } from './components/error-summary/error-summary.js';
import type { ErrorSummaryItem } from './components/error-summary/error-summary.options.js';
import { defineElement } from './lib/define-element.js';
import { fieldMessages, translatorFor } from './messages.js';

/** One problem with one field: `field` is the control's `name` (or a date input's `name-prefix`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  /** For a date input: which parts to highlight. */
  readonly parts?: readonly ('day' | 'month' | 'year')[];
}

/** The shape of a `ValidationError` from `@civicbricks/core` (or anything with issues and paths). */
export interface IssueList {
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
}

export interface ShowFormErrorsOptions {
  /**
   * An error summary to fill. By default the one already on the page: in the form, or outside every form (GOV.UK
   * puts it first in `<main>`, above the form); one is made as the form's first child only if there is none.
   */
  readonly summary?: CivicErrorSummary;
  /** Prefix the page title with "Error: " ("Gwall: " in Welsh), as GOV.UK does; on by default. */
  readonly prefixTitle?: boolean;
}

interface FieldElement extends HTMLElement {
  errorMessage: string | undefined;
  name?: string;
  namePrefix?: string;
  idPrefix?: string;
  errorItems?: readonly string[] | undefined;
  readonly errorTarget?: string;
  updateComplete: Promise<boolean>;
}

const summaryMarker = 'data-civic-form-errors';

/** Field paths read as people name fields: `applicant.addresses[0].postcode`. */
function fieldFromPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function toFieldErrors(errors: readonly FieldError[] | IssueList): readonly FieldError[] {
  return 'issues' in errors ? errors.issues.map((issue) => ({ field: fieldFromPath(issue.path), message: issue.message })) : errors;
}

/** The `civic-` form controls in a form, by the name their values submit under. */
function fieldsByName(form: HTMLFormElement): Map<string, FieldElement> {
  const fields = new Map<string, FieldElement>();
  for (const element of form.querySelectorAll<FieldElement>('*')) {
    if (!element.localName.startsWith('civic-') || !('errorMessage' in element)) continue;
    const name = element.name || element.namePrefix || element.idPrefix;
    if (name && !fields.has(name)) fields.set(name, element);
  }
  return fields;
}

/** The id the summary links to: a date input's first part in error, else the field's first native control. */
function targetId(field: FieldElement): string | undefined {
  if (typeof field.errorTarget === 'string' && field.errorTarget) return field.errorTarget;
  return field.querySelector('input, textarea, select')?.id || undefined;
}

/**
 * Shows server or zod errors on a form the GOV.UK way: each message beside its field, an error
 * summary at the top listing them in page order (links focus the fields), the page title
 * prefixed "Error: ", and focus on the summary. What the person entered is left as it is.
 * Errors for fields the form does not have are listed in the summary without a link.
 * Returns the summary; call {@link clearFormErrors} before showing a new set.
 */
export async function showFormErrors(
  form: HTMLFormElement,
  errors: readonly FieldError[] | IssueList,
  options: ShowFormErrorsOptions = {},
): Promise<CivicErrorSummary> {
  if (!(form instanceof HTMLFormElement)) throw new TypeError('showFormErrors needs the <form> element as its first argument');
  clearFormErrors(form, { keepTitle: true });
  const fields = fieldsByName(form);
  const list = toFieldErrors(errors);
  const byField = new Map<string, FieldError>();
  for (const error of list) if (!byField.has(error.field)) byField.set(error.field, error);

  for (const [name, field] of fields) {
    const error = byField.get(name);
    if (!error) continue;
    field.errorMessage = error.message;
    if (error.parts && 'errorItems' in field) field.errorItems = [...error.parts];
  }
  await Promise.all([...fields.values()].map((field) => field.updateComplete));

  // Summary links follow the page's order, not the order the validator happened to report.
  const ordered = [...fields.entries()].filter(([name]) => byField.has(name));
  const items: ErrorSummaryItem[] = ordered.map(([name, field]) => {
    const id = targetId(field);
    return { text: byField.get(name)?.message ?? '', ...(id ? { href: `#${id}` } : {}) };
  });
  for (const error of byField.values()) if (!fields.has(error.field)) items.push({ text: error.message });

  const summary = options.summary ?? pageSummary(form) ?? createSummary(form);
  summaries.set(form, summary);
  summary.errorList = items;
  await summary.updateComplete;
  summary.querySelector<HTMLElement>('.govuk-error-summary')?.focus();

  if (options.prefixTitle !== false && items.length > 0) {
    const prefix = translatorFor(fieldMessages, resolveLocale(form.closest('[lang]')?.getAttribute('lang')))('errorPrefix');
    const title = form.ownerDocument.title;
    if (!title.startsWith(`${prefix} `)) form.ownerDocument.title = `${prefix} ${title}`;
  }
  return summary;
}

/** Removes every message {@link showFormErrors} showed, its summary's items and the title prefix. */
export function clearFormErrors(form: HTMLFormElement, { keepTitle = false }: { keepTitle?: boolean } = {}): void {
  for (const field of fieldsByName(form).values()) {
    field.errorMessage = undefined;
    if ('errorItems' in field) field.errorItems = undefined;
  }
  const summary = summaries.get(form) ?? pageSummary(form);
  // With no problems the summary shows nothing, so it can stay where it is for the next set.
  if (summary) summary.errorList = [];
  if (!keepTitle) {
    const prefix = translatorFor(fieldMessages, resolveLocale(form.closest('[lang]')?.getAttribute('lang')))('errorPrefix');
    const title = form.ownerDocument.title;
    if (title.startsWith(`${prefix} `)) form.ownerDocument.title = title.slice(prefix.length + 1);
  }
}

/** The summary each form's errors were last shown in (given, found or made), for {@link clearFormErrors}. */
const summaries = new WeakMap<HTMLFormElement, CivicErrorSummary>();

/** The error summary already on the page for this form: the one in it, else one outside every form. */
function pageSummary(form: HTMLFormElement): CivicErrorSummary | undefined {
  // A page that registered only some components still gets a working summary (a summary already in the
  // page is upgraded here); a second registration is a no-op.
  defineElement('civic-error-summary', CivicErrorSummary);
  const own =
    form.querySelector<CivicErrorSummary>(`civic-error-summary[${summaryMarker}]`) ??
    form.querySelector<CivicErrorSummary>('civic-error-summary');
  if (own) return own;
  return [...form.ownerDocument.querySelectorAll<CivicErrorSummary>('civic-error-summary')].find((summary) => !summary.closest('form'));
}

function createSummary(form: HTMLFormElement): CivicErrorSummary {
  const summary = form.ownerDocument.createElement('civic-error-summary') as CivicErrorSummary;
  summary.setAttribute(summaryMarker, '');
  // The form takes focus management over: the summary is focused after it renders, with its final list.
  summary.disableAutoFocus = true;
  form.prepend(summary);
  return summary;
}
