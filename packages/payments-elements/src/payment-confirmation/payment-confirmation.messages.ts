import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-payment-confirmation>` owns, in English and Welsh. */
export const paymentConfirmationMessages = declareMessages({
  en: {
    title: 'Payment received',
    reference: 'Your payment reference is',
    amount: 'You paid %{amount}',
    nextHeading: 'What happens next',
    next: 'We have sent a confirmation email with your payment reference. Keep it in case you need to contact us about this payment.',
  },
  cy: {
    title: 'Taliad wedi’i dderbyn',
    reference: 'Cyfeirnod eich taliad yw',
    amount: 'Rydych wedi talu %{amount}',
    nextHeading: 'Beth sy’n digwydd nesaf',
    next: 'Rydym wedi anfon e-bost cadarnhau gyda chyfeirnod eich taliad. Cadwch ef rhag ofn y bydd angen i chi gysylltu â ni am y taliad hwn.',
  },
});

export type PaymentConfirmationMessageKey = keyof typeof paymentConfirmationMessages.en;
