import type { Meta } from '@storybook/web-components-vite';
import { accordionAttributes } from '@civicbricks/elements';
import { accordionExamples as examples } from '../packages/elements/examples/accordion.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Accordion', component: 'civic-accordion', render: renderElement('civic-accordion') };
export default meta;

export const Default = storyFrom(examples, 'Default', accordionAttributes);
export const WithSummaries = storyFrom(examples, 'With summaries', accordionAttributes);
export const Level3HeadingsFirstSectionOpen = storyFrom(examples, 'Level 3 headings, first section open', accordionAttributes);
export const Welsh = storyFrom(examples, 'Welsh', accordionAttributes);
