import type { Meta } from '@storybook/web-components-vite';
import { breadcrumbsAttributes } from '@civicbricks/elements';
import { breadcrumbsExamples as examples } from '../packages/elements/examples/breadcrumbs.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Navigation/Breadcrumbs', component: 'civic-breadcrumbs', render: renderElement('civic-breadcrumbs') };
export default meta;

export const Default = storyFrom(examples, 'Default', breadcrumbsAttributes);
export const WithCurrentPage = storyFrom(examples, 'With current page', breadcrumbsAttributes);
export const CollapseOnMobile = storyFrom(examples, 'Collapse on mobile', breadcrumbsAttributes);
export const Welsh = storyFrom(examples, 'Welsh', breadcrumbsAttributes);
