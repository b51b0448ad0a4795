import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-payment-summary>` owns, in English and Welsh. */
export const paymentSummaryMessages = declareMessages({
  en: {
    caption: 'What you are paying for',
    item: 'Item',
    amount: 'Amount',
    quantity: '%{description} × %{quantity}',
    total: 'Total',
    nothingToPay: 'There is nothing to pay.',
  },
  cy: {
    caption: 'Am beth rydych yn talu',
    item: 'Eitem',
    amount: 'Swm',
    quantity: '%{description} × %{quantity}',
    total: 'Cyfanswm',
    nothingToPay: 'Does dim i’w dalu.',
  },
});

export type PaymentSummaryMessageKey = keyof typeof paymentSummaryMessages.en;
