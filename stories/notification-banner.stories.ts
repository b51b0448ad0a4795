import type { Meta } from '@storybook/web-components-vite';
import { notificationBannerAttributes } from '@civicbricks/elements';
import { notificationBannerExamples as examples } from '../packages/elements/examples/notification-banner.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Feedback/Notification banner',
  component: 'civic-notification-banner',
  render: renderElement('civic-notification-banner'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', notificationBannerAttributes);
export const Success = storyFrom(examples, 'Success', notificationBannerAttributes);
export const CustomTitleAndHeadingLevel = storyFrom(examples, 'Custom title and heading level', notificationBannerAttributes);
export const WelshSuccess = storyFrom(examples, 'Welsh success', notificationBannerAttributes);
export const Welsh = storyFrom(examples, 'Welsh', notificationBannerAttributes);
