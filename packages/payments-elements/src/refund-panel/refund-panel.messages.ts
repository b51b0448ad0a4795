import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-refund-panel>` owns, in English and Welsh. */
export const refundPanelMessages = declareMessages({
  en: {
    heading: 'Refund this payment',
    reference: 'Payment reference',
    paid: 'Amount paid',
    available: 'Available to refund',
    label: 'Amount to refund',
    hint: 'Up to %{amount}. Change it for a partial refund.',
    refundedInFull: 'This payment has been refunded in full.',
    submit: 'Refund',
    errorPrefix: 'Error:',
  },
  cy: {
    heading: 'Ad-dalu’r taliad hwn',
    reference: 'Cyfeirnod y taliad',
    paid: 'Swm a dalwyd',
    available: 'Ar gael i’w ad-dalu',
    label: 'Swm i’w ad-dalu',
    hint: 'Hyd at %{amount}. Newidiwch ef ar gyfer ad-daliad rhannol.',
    refundedInFull: 'Mae’r taliad hwn wedi’i ad-dalu’n llawn.',
    submit: 'Ad-dalu',
    errorPrefix: 'Gwall:',
  },
});

export type RefundPanelMessageKey = keyof typeof refundPanelMessages.en;
