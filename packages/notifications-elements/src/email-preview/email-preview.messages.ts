import { defineMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-email-preview>` owns, in English and Welsh. */
export const emailPreviewMessages = defineMessages({
  en: {
    caption: 'Email preview',
    subject: 'Subject',
    body: 'Message',
    plainText: 'Plain-text version',
    warning: 'Warning',
    missing: 'Personalisation is missing for: %{names}',
    cannotPreview: 'This template cannot be previewed: %{reason}',
    notEmail: 'This is not an email template',
    noTemplate: 'No template to preview',
  },
  cy: {
    caption: 'Rhagolwg o’r e-bost',
    subject: 'Pwnc',
    body: 'Neges',
    plainText: 'Fersiwn testun plaen',
    warning: 'Rhybudd',
    missing: 'Mae personoli ar goll ar gyfer: %{names}',
    cannotPreview: 'Nid oes modd rhagweld y templed hwn: %{reason}',
    notEmail: 'Nid templed e-bost yw hwn',
    noTemplate: 'Dim templed i’w ragweld',
  },
});

export type EmailPreviewMessageKey = keyof typeof emailPreviewMessages.en;
