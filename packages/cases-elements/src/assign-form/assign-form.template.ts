import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { selectTemplate } from '@civicbricks/elements';
import { errorSummaryFor, hiddenFieldsTemplate } from '../lib/form.js';
import type { AssignFormMessageKey } from './assign-form.messages.js';
import type { AssignFormOptions } from './assign-form.options.js';

/**
 * The assign form: who has the case now, then a plain `<form method="post">` to `action` (already through
 * `safeUrl`) with a GOV.UK select of the people who may pick it up. With an error, the GOV.UK error summary
 * comes first and links to the select.
 */
export function assignFormTemplate(options: AssignFormOptions, t: Translator<AssignFormMessageKey>, action: string): TemplateResult {
  const id = options.id ?? 'assignee';
  const problems = options.errorMessage ? [{ text: options.errorMessage, fieldId: id }] : [];
  return html`<div class="civic-assign-form">
    ${errorSummaryFor(problems, t.locale)}
    <h2 class="govuk-heading-m">${t('heading')}</h2>
    <dl class="govuk-summary-list govuk-summary-list--no-border">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">${t('current')}</dt>
        <dd class="govuk-summary-list__value civic-assign-form__current">${options.currentAssignee ?? t('notAssigned')}</dd>
      </div>
    </dl>
    <form method="post" action=${action} novalidate>
      ${hiddenFieldsTemplate(options.hiddenFields)}
      ${selectTemplate(
        {
          id,
          name: options.name ?? 'assignee',
          label: { text: t('label'), size: 's' },
          hint: t('hint'),
          items: [{ value: '', text: t('choose') }, ...options.assignees],
          value: options.value,
          errorMessage: options.errorMessage,
        },
        t,
      )}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button" name="intent" value="assign">${t('submit')}</button>
        ${
          options.allowUnassign && options.currentAssignee
            ? html`<button
                type="submit"
                class="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                name="intent"
                value="unassign"
              >
                ${t('unassign')}
              </button>`
            : nothing
        }
      </div>
    </form>
  </div>`;
}
