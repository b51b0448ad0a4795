import type { Meta } from '@storybook/web-components-vite';
import { errorSummaryAttributes } from '@civicbricks/elements';
import { errorSummaryExamples as examples } from '../packages/elements/examples/error-summary.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Feedback/Error summary', component: 'civic-error-summary', render: renderElement('civic-error-summary') };
export default meta;

export const Default = storyFrom(examples, 'Default', errorSummaryAttributes);
export const WithDescription = storyFrom(examples, 'With description', errorSummaryAttributes);
export const Welsh = storyFrom(examples, 'Welsh', errorSummaryAttributes);
