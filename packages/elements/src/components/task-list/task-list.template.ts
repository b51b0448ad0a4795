import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../lib/safe-url.js';
import { tagTemplate } from '../tag/tag.template.js';
import type { TaskListItem, TaskListOptions } from './task-list.options.js';

export const defaultIdPrefix = 'task-list';

function itemTemplate(item: TaskListItem, index: number, idPrefix: string): TemplateResult {
  // Ids count from 1, as GOV.UK's do, so server markup from either matches.
  const hintId = `${idPrefix}-${index + 1}-hint`;
  const statusId = `${idPrefix}-${index + 1}-status`;
  // The link is described by its hint and status, so a screen reader hears "Your details, link, Completed".
  const describedBy = item.hint ? `${hintId} ${statusId}` : statusId;
  const status = item.status;
  return html`<li class="govuk-task-list__item${item.href ? ' govuk-task-list__item--with-link' : ''}">
    <div class="govuk-task-list__name-and-hint">
      ${
        item.href
          ? html`<a class="govuk-link govuk-task-list__link" href=${safeUrl(item.href)} aria-describedby=${describedBy}
              >${item.title.text}</a
            >`
          : html`<div>${item.title.text}</div>`
      }
      ${item.hint ? html`<div id=${hintId} class="govuk-task-list__hint">${item.hint.text}</div>` : nothing}
    </div>
    <div class="govuk-task-list__status${status.cannotStartYet ? ' govuk-task-list__status--cannot-start-yet' : ''}" id=${statusId}>
      ${status.tag ? tagTemplate(status.tag) : (status.text ?? '')}
    </div>
  </li>`;
}

/** The GOV.UK task list: the tasks of a long service, each with its status, the link described by hint and status. */
export function taskListTemplate(options: TaskListOptions): TemplateResult {
  const idPrefix = options.idPrefix || defaultIdPrefix;
  return html`<ul class="govuk-task-list">
    ${options.items.map((item, index) => itemTemplate(item, index, idPrefix))}
  </ul>`;
}
