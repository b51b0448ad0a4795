/**
 * @civicbricks/notifications-elements: web components for template authors.
 * Importing this module defines nothing; import `./define` (or call `defineElement`) to register the tags.
 */
export { CivicSmsPreview } from './sms-preview/sms-preview.js';
export { smsPreviewMessages, type SmsPreviewMessageKey } from './sms-preview/sms-preview.messages.js';
export type { SmsPreviewOptions } from './sms-preview/sms-preview.options.js';
export { smsPreviewAttributes } from './sms-preview/sms-preview.attributes.js';
export {
  smsPreviewTemplate,
  smsPreviewState,
  countSummary,
  type SmsChange,
  type SmsPreviewState,
  type SmsPreviewResult,
  type SmsPreviewLiveState,
} from './sms-preview/sms-preview.template.js';
export { CivicEmailPreview } from './email-preview/email-preview.js';
export { emailPreviewMessages, type EmailPreviewMessageKey } from './email-preview/email-preview.messages.js';
export type { EmailPreviewOptions } from './email-preview/email-preview.options.js';
export { emailPreviewAttributes } from './email-preview/email-preview.attributes.js';
export { emailPreviewTemplate } from './email-preview/email-preview.template.js';
export { fillBody, parseBlocks, parseInline, type EmailBlock, type FilledBody, type Inline } from './email-preview/email-preview.blocks.js';
