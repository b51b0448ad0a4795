import type { Personalisation, Template } from '@civicbricks/notifications';

/** What `<civic-email-preview>` shows: an email template rendered with its personalisation. */
export interface EmailPreviewOptions {
  /** An email template (`type: 'email'`). */
  readonly template: Template | undefined;
  /** Values for its placeholders; the ones left out are highlighted and listed. */
  readonly personalisation?: Personalisation | undefined;
  /** The recipient's language (`en`, `cy`): which variant to show. The page language if absent. */
  readonly recipientLocale?: string | undefined;
}
