// Registers the workflow elements under their `civic-` tags. Safe to import more than once.
import { defineElement } from '@civicbricks/elements';
import { CivicWorkflowDiagram } from './workflow-diagram/workflow-diagram.js';

export const tagNames = { 'civic-workflow-diagram': CivicWorkflowDiagram } as const;

for (const [tagName, elementClass] of Object.entries(tagNames)) defineElement(tagName, elementClass);

declare global {
  interface HTMLElementTagNameMap {
    'civic-workflow-diagram': CivicWorkflowDiagram;
  }
}
