import type { Meta } from '@storybook/web-components-vite';
import '../packages/notifications-elements/src/define.js';
import { smsPreviewAttributes } from '../packages/notifications-elements/src/index.js';
import { smsPreviewExamples as examples } from '../packages/notifications-elements/examples/sms-preview.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Notifications/SMS preview',
  component: 'civic-sms-preview',
  render: renderElement('civic-sms-preview'),
};
export default meta;

export const ShortMessage = storyFrom(examples, 'Short message', smsPreviewAttributes);
export const CurlyQuotesAndDashes = storyFrom(examples, 'Curly quotes and dashes', smsPreviewAttributes);
export const WelshLettersForceUnicode = storyFrom(examples, 'Welsh letters force Unicode', smsPreviewAttributes);
export const Emoji = storyFrom(examples, 'Emoji', smsPreviewAttributes);
export const Over918Characters = storyFrom(examples, 'Over 918 characters', smsPreviewAttributes);
export const TemplateWithMissingPersonalisation = storyFrom(examples, 'Template with missing personalisation', smsPreviewAttributes);
export const WelshTemplate = storyFrom(examples, 'Welsh template', smsPreviewAttributes);
