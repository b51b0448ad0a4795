import type { Meta } from '@storybook/web-components-vite';
import { serviceNavigationAttributes } from '@civicbricks/elements';
import { serviceNavigationExamples as examples } from '../packages/elements/examples/service-navigation.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Page furniture/Service navigation',
  component: 'civic-service-navigation',
  render: renderElement('civic-service-navigation'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', serviceNavigationAttributes);
export const WithServiceName = storyFrom(examples, 'With service name', serviceNavigationAttributes);
export const ServiceNameOnly = storyFrom(examples, 'Service name only', serviceNavigationAttributes);
export const SingleItem = storyFrom(examples, 'Single item', serviceNavigationAttributes);
export const Welsh = storyFrom(examples, 'Welsh', serviceNavigationAttributes);
