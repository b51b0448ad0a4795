import type { Meta } from '@storybook/web-components-vite';
import '../packages/notifications-elements/src/define.js';
import { emailPreviewAttributes } from '../packages/notifications-elements/src/index.js';
import { emailPreviewExamples as examples } from '../packages/notifications-elements/examples/email-preview.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Notifications/Email preview',
  component: 'civic-email-preview',
  render: renderElement('civic-email-preview'),
};
export default meta;

export const Approved = storyFrom(examples, 'Approved', emailPreviewAttributes);
export const MissingPersonalisation = storyFrom(examples, 'Missing personalisation', emailPreviewAttributes);
export const Welsh = storyFrom(examples, 'Welsh', emailPreviewAttributes);
export const EmojiAndLongText = storyFrom(examples, 'Emoji and long text', emailPreviewAttributes);
