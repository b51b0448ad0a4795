import type { Personalisation, Template } from '@civicbricks/notifications';

/** What `<civic-sms-preview>` previews: a message's text, or a text message template and its personalisation. */
export interface SmsPreviewOptions {
  /** The message as it will be sent (placeholders already filled in). Ignored when `template` is given. */
  readonly text?: string | undefined;
  /** A text message template (`type: 'sms'`), rendered with `personalisation` before it is counted. */
  readonly template?: Template | undefined;
  /** Values for the template's placeholders; the ones left out are highlighted and listed. */
  readonly personalisation?: Personalisation | undefined;
  /** The recipient's language (`en`, `cy`): which variant of the template to show. The page language if absent. */
  readonly recipientLocale?: string | undefined;
}
