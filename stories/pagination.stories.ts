import type { Meta } from '@storybook/web-components-vite';
import { paginationAttributes } from '@civicbricks/elements';
import { paginationExamples as examples } from '../packages/elements/examples/pagination.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Navigation/Pagination', component: 'civic-pagination', render: renderElement('civic-pagination') };
export default meta;

export const Default = storyFrom(examples, 'Default', paginationAttributes);
export const WithEllipses = storyFrom(examples, 'With ellipses', paginationAttributes);
export const FirstPage = storyFrom(examples, 'First page', paginationAttributes);
export const BlockWithLabels = storyFrom(examples, 'Block with labels', paginationAttributes);
export const Welsh = storyFrom(examples, 'Welsh', paginationAttributes);
export const WelshBlock = storyFrom(examples, 'Welsh block', paginationAttributes);
