import type { Meta } from '@storybook/web-components-vite';
import '../packages/workflow-elements/src/define.js';
import { workflowDiagramAttributes } from '../packages/workflow-elements/src/index.js';
import { workflowDiagramExamples as examples } from '../packages/workflow-elements/examples/workflow-diagram.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Workflow/Workflow diagram',
  component: 'civic-workflow-diagram',
  render: renderElement('civic-workflow-diagram'),
};
export default meta;

export const WorkflowOnly = storyFrom(examples, 'Workflow only', workflowDiagramAttributes);
export const AwaitingEvidenceWithAPendingTimer = storyFrom(examples, 'Awaiting evidence with a pending timer', workflowDiagramAttributes);
export const Finished = storyFrom(examples, 'Finished', workflowDiagramAttributes);
export const Welsh = storyFrom(examples, 'Welsh', workflowDiagramAttributes);
