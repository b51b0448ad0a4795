import type { WorkflowDefinition, WorkflowSnapshot } from '@civicbricks/workflow';

/** What `<civic-workflow-diagram>` shows. */
export interface WorkflowDiagramOptions {
  /** The workflow definition (JSON). */
  readonly definition: WorkflowDefinition | undefined;
  /** Where one process is: its snapshot. Without it, the diagram shows the workflow alone. */
  readonly snapshot?: WorkflowSnapshot | undefined;
  /** Caption above the diagram; the definition's title (or id) if absent. */
  readonly caption?: string | undefined;
}
