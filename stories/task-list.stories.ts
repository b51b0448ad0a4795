import type { Meta } from '@storybook/web-components-vite';
import { taskListAttributes } from '@civicbricks/elements';
import { taskListExamples as examples } from '../packages/elements/examples/task-list.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Task list', component: 'civic-task-list', render: renderElement('civic-task-list') };
export default meta;

export const Default = storyFrom(examples, 'Default', taskListAttributes);
export const WithColouredTagsAndAnIdPrefix = storyFrom(examples, 'With coloured tags and an id prefix', taskListAttributes);
export const Welsh = storyFrom(examples, 'Welsh', taskListAttributes);
