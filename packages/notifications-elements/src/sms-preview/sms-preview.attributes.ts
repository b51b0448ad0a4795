import type { AttributeMap } from '@civicbricks/elements';
import type { SmsPreviewOptions } from './sms-preview.options.js';

/** The `<civic-sms-preview>` attributes that show the same preview as these options. */
export function smsPreviewAttributes(options: SmsPreviewOptions): AttributeMap {
  return {
    text: options.text,
    template: options.template,
    personalisation: options.personalisation,
    'recipient-locale': options.recipientLocale,
  };
}
