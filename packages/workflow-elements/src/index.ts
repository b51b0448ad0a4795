/**
 * @civicbricks/workflow-elements: web components for the workflow brick.
 * Importing this module defines nothing; import `./define` (or call `defineElement`) to register the tags.
 */
export { CivicWorkflowDiagram } from './workflow-diagram/workflow-diagram.js';
export { workflowDiagramMessages, type WorkflowDiagramMessageKey } from './workflow-diagram/workflow-diagram.messages.js';
export type { WorkflowDiagramOptions } from './workflow-diagram/workflow-diagram.options.js';
export { workflowDiagramAttributes } from './workflow-diagram/workflow-diagram.attributes.js';
export { workflowDiagramTemplate } from './workflow-diagram/workflow-diagram.template.js';
