import type { AttributeMap } from '@civicbricks/elements';
import type { AssignFormOptions } from './assign-form.options.js';

/** The `<civic-assign-form>` attributes that render the same form as these options. */
export function assignFormAttributes(options: AssignFormOptions): AttributeMap {
  return {
    action: options.action,
    assignees: options.assignees,
    'current-assignee': options.currentAssignee,
    value: options.value,
    'error-message': options.errorMessage,
    'allow-unassign': options.allowUnassign,
    name: options.name,
    'field-id': options.id,
    'hidden-fields': options.hiddenFields && options.hiddenFields.length > 0 ? options.hiddenFields : undefined,
  };
}
