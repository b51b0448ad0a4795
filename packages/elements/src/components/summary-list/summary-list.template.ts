import { html, nothing, type TemplateResult } from 'lit';
import { headingTemplate } from '../../lib/heading.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { SummaryCard, SummaryListAction, SummaryListOptions, SummaryListRow } from './summary-list.options.js';

/**
 * An action link. Visible text alone ("Change") would give every row the same link name,
 * so the visually hidden text, and the card title, finish it: "Change name (Director 1)".
 */
function actionLink(action: SummaryListAction, cardTitle: string | undefined): TemplateResult {
  const hidden = `${action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : ''}${cardTitle ? ` (${cardTitle})` : ''}`;
  return html`<a class="govuk-link" href=${safeUrl(action.href)}
    >${action.text}${hidden ? html`<span class="govuk-visually-hidden">${hidden}</span>` : nothing}</a
  >`;
}

function rowTemplate(row: SummaryListRow, anyRowHasActions: boolean, cardTitle: string | undefined): TemplateResult {
  const actions = row.actions?.items ?? [];
  const rowClasses = `govuk-summary-list__row${anyRowHasActions && actions.length === 0 ? ' govuk-summary-list__row--no-actions' : ''}`;
  return html`<div class=${rowClasses}>
    <dt class="govuk-summary-list__key">${row.key.text}</dt>
    <dd class="govuk-summary-list__value">${row.value.text}</dd>
    ${
      actions.length === 0
        ? nothing
        : html`<dd class="govuk-summary-list__actions">
            ${
              actions.length === 1 && actions[0]
                ? actionLink(actions[0], cardTitle)
                : html`<ul class="govuk-summary-list__actions-list">
                    ${actions.map((action) => html`<li class="govuk-summary-list__actions-list-item">${actionLink(action, cardTitle)}</li>`)}
                  </ul>`
            }
          </dd>`
    }
  </div>`;
}

function cardTemplate(card: SummaryCard, list: TemplateResult): TemplateResult {
  const actions = card.actions?.items ?? [];
  const title = card.title?.text;
  return html`<div class="govuk-summary-card">
    <div class="govuk-summary-card__title-wrapper">
      ${card.title ? headingTemplate(card.title.headingLevel ?? 2, 'govuk-summary-card__title', card.title.text) : nothing}
      ${
        actions.length === 0
          ? nothing
          : actions.length === 1 && actions[0]
            ? html`<div class="govuk-summary-card__actions">${actionLink(actions[0], title)}</div>`
            : html`<ul class="govuk-summary-card__actions">
                ${actions.map((action) => html`<li class="govuk-summary-card__action">${actionLink(action, title)}</li>`)}
              </ul>`
      }
    </div>
    <div class="govuk-summary-card__content">${list}</div>
  </div>`;
}

/** The GOV.UK summary list: a description list of answers, each row with optional change links; optionally inside a summary card. */
export function summaryListTemplate(options: SummaryListOptions): TemplateResult {
  const anyRowHasActions = options.rows.some((row) => (row.actions?.items.length ?? 0) > 0);
  const cardTitle = options.card?.title?.text;
  const list = html`<dl class="govuk-summary-list${options.noBorder ? ' govuk-summary-list--no-border' : ''}">
    ${options.rows.map((row) => rowTemplate(row, anyRowHasActions, cardTitle))}
  </dl>`;
  return options.card ? cardTemplate(options.card, list) : list;
}
