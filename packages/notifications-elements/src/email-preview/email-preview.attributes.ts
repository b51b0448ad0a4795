import type { AttributeMap } from '@civicbricks/elements';
import type { EmailPreviewOptions } from './email-preview.options.js';

/** The `<civic-email-preview>` attributes that show the same preview as these options. */
export function emailPreviewAttributes(options: EmailPreviewOptions): AttributeMap {
  return { template: options.template, personalisation: options.personalisation, 'recipient-locale': options.recipientLocale };
}
