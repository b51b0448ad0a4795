import type { AttributeMap } from '@civicbricks/elements';
import type { WorkflowDiagramOptions } from './workflow-diagram.options.js';

/** The `<civic-workflow-diagram>` attributes that show the same diagram as these options. */
export function workflowDiagramAttributes(options: WorkflowDiagramOptions): AttributeMap {
  return { definition: options.definition, snapshot: options.snapshot, caption: options.caption };
}
