import type { Meta } from '@storybook/web-components-vite';
import { tableAttributes } from '@civicbricks/elements';
import { tableExamples as examples } from '../packages/elements/examples/table.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Table', component: 'civic-table', render: renderElement('civic-table') };
export default meta;

export const Default = storyFrom(examples, 'Default', tableAttributes);
export const NumbersAndRowHeaders = storyFrom(examples, 'Numbers and row headers', tableAttributes);
export const WithoutAHead = storyFrom(examples, 'Without a head', tableAttributes);
export const Sortable = storyFrom(examples, 'Sortable', tableAttributes);
export const SortableSortedByTheServer = storyFrom(examples, 'Sortable, sorted by the server', tableAttributes);
export const WelshSortable = storyFrom(examples, 'Welsh sortable', tableAttributes);
