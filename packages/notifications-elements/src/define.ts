// Registers the notifications elements under their `civic-` tags. Safe to import more than once.
import { defineElement } from '@civicbricks/elements';
import { CivicEmailPreview } from './email-preview/email-preview.js';
import { CivicSmsPreview } from './sms-preview/sms-preview.js';

export const tagNames = { 'civic-sms-preview': CivicSmsPreview, 'civic-email-preview': CivicEmailPreview } as const;

for (const [tagName, elementClass] of Object.entries(tagNames)) defineElement(tagName, elementClass);

declare global {
  interface HTMLElementTagNameMap {
    'civic-sms-preview': CivicSmsPreview;
    'civic-email-preview': CivicEmailPreview;
  }
}
