import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { taskListTemplate } from './task-list.template.js';
import type { TaskListItem, TaskListOptions } from './task-list.options.js';

/**
 * @tagname civic-task-list
 * @summary The GOV.UK task list: the tasks of a longer service, each with a status such as "Completed" or an "Incomplete" tag.
 *
 * Each task's link is described (`aria-describedby`) by its hint and its status, so screen readers hear
 * the status with the task's name. A task without `href` cannot be started yet and is not a link.
 * Statuses are a tag (for ones that need action) or plain text, greyed with `cannotStartYet`; the
 * wording is yours ("Completed", Welsh "Wedi’i gwblhau"), as in GOV.UK, so it is not in a message
 * catalogue. Ids are `task-list-1-hint`, `task-list-1-status` and so on: give each list on a page its own
 * `id-prefix`. Links pass the URL allow-list. Text only: GOV.UK's `html` options are not offered because
 * there is no sanitiser yet.
 */
export class CivicTaskList extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-task-list';

  /** `[{ "title": { "text": "Your details" }, "href": "/details", "status": { "text": "Completed" } }]` (JSON in the `items` attribute). */
  @property({ type: Array }) items: TaskListItem[] = [];
  /** Defaults to `task-list`. */
  @property({ attribute: 'id-prefix' }) idPrefix: string | undefined;

  get options(): TaskListOptions {
    return { items: this.items, idPrefix: this.idPrefix };
  }

  protected override render(): TemplateResult {
    return taskListTemplate(this.options);
  }
}
