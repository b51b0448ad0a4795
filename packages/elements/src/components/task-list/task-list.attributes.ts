import type { AttributeMap } from '../../lib/attributes.js';
import type { TaskListOptions } from './task-list.options.js';

/** The `<civic-task-list>` attributes that render the same task list as these options. */
export function taskListAttributes(options: TaskListOptions): AttributeMap {
  return { items: options.items, 'id-prefix': options.idPrefix };
}
