import type { Meta } from '@storybook/web-components-vite';
import { tabsAttributes } from '@civicbricks/elements';
import { tabsExamples as examples } from '../packages/elements/examples/tabs.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Tabs', component: 'civic-tabs', render: renderElement('civic-tabs') };
export default meta;

export const Default = storyFrom(examples, 'Default', tabsAttributes);
export const GeneratedIdsAndOwnTitle = storyFrom(examples, 'Generated ids and own title', tabsAttributes);
export const Welsh = storyFrom(examples, 'Welsh', tabsAttributes);
