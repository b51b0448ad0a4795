import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { selectTemplate, textareaTemplate } from '@civicbricks/elements';
import { errorSummaryFor, hiddenFieldsTemplate, type FormProblem } from '../lib/form.js';
import type { TransferFormMessageKey } from './transfer-form.messages.js';
import type { TransferFormOptions } from './transfer-form.options.js';

/** The ids the error summary links to: the new lead's select and the reason. */
export const transferFieldIds = { to: 'new-lead', reason: 'transfer-reason' } as const;

/** The form's problems in the order its fields come, as the error summary lists them. */
export function transferProblems(errors: TransferFormOptions['errors']): FormProblem[] {
  const problems: FormProblem[] = [];
  if (errors?.to) problems.push({ text: errors.to, fieldId: transferFieldIds.to });
  if (errors?.reason) problems.push({ text: errors.reason, fieldId: transferFieldIds.reason });
  return problems;
}

/**
 * The transfer form: the lead now, then a plain `<form method="post">` to `action` (already through `safeUrl`)
 * with a GOV.UK select of the new lead (`to`) and a textarea for the reason (`reason`), which the history keeps.
 * With errors, the GOV.UK error summary comes first, linking to each field.
 */
export function transferFormTemplate(options: TransferFormOptions, t: Translator<TransferFormMessageKey>, action: string): TemplateResult {
  const errors = options.errors;
  return html`<div class="civic-transfer-form">
    ${errorSummaryFor(transferProblems(errors), t.locale)}
    <h2 class="govuk-heading-m">${t('heading')}</h2>
    <dl class="govuk-summary-list govuk-summary-list--no-border">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">${t('current')}</dt>
        <dd class="govuk-summary-list__value civic-transfer-form__current">${options.currentLead}</dd>
      </div>
    </dl>
    <form method="post" action=${action} novalidate>
      ${hiddenFieldsTemplate(options.hiddenFields)}
      ${selectTemplate(
        {
          id: transferFieldIds.to,
          name: 'to',
          label: { text: t('toLabel'), size: 's' },
          items: [{ value: '', text: t('choose') }, ...options.candidates],
          value: options.values?.to,
          errorMessage: errors?.to,
        },
        t,
      )}
      ${textareaTemplate(
        {
          id: transferFieldIds.reason,
          name: 'reason',
          label: { text: t('reasonLabel'), size: 's' },
          hint: t('reasonHint'),
          rows: 4,
          value: options.values?.reason,
          errorMessage: errors?.reason,
        },
        t,
      )}
      <button type="submit" class="govuk-button" data-module="govuk-button">${t('submit')}</button>
    </form>
  </div>`;
}
