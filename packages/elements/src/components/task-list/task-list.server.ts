import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { taskListAttributes } from './task-list.attributes.js';
import { taskListOptionsSchema, type TaskListOptions } from './task-list.options.js';
import { taskListTemplate } from './task-list.template.js';

/** Renders a GOV.UK task list as HTML. */
export function renderTaskList(options: TaskListOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-task-list',
      schema: taskListOptionsSchema,
      codePrefix: 'elements.task_list',
      what: 'task list options',
      catalogue: fieldMessages,
      template: (valid) => taskListTemplate(valid),
      attributes: taskListAttributes,
    },
    options,
    context,
  );
}
