import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-payment-failed>` owns, in English and Welsh: a title and a cause for each GOV.UK Pay code. */
export const paymentFailedMessages = declareMessages({
  en: {
    declinedTitle: 'Your payment was declined',
    declined: 'Your card was declined. No money has been taken from your account. You can try again with the same card or a different one.',
    expiredTitle: 'Your payment session has expired',
    expired: 'You did not finish paying within 90 minutes. No money has been taken from your account.',
    cancelledTitle: 'Your payment has been cancelled',
    cancelledByUser: 'You cancelled the payment. No money has been taken from your account.',
    cancelledByService: 'The service cancelled the payment. No money has been taken from your account.',
    errorTitle: 'Sorry, there is a problem with the payment service',
    error: 'Your payment could not be taken. No money has been taken from your account.',
    tryAgain: 'Try again',
  },
  cy: {
    declinedTitle: 'Cafodd eich taliad ei wrthod',
    declined:
      'Cafodd eich cerdyn ei wrthod. Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif. Gallwch roi cynnig arall arni gyda’r un cerdyn neu gerdyn gwahanol.',
    expiredTitle: 'Mae eich sesiwn dalu wedi dod i ben',
    expired: 'Ni wnaethoch orffen talu o fewn 90 munud. Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif.',
    cancelledTitle: 'Mae eich taliad wedi’i ganslo',
    cancelledByUser: 'Gwnaethoch ganslo’r taliad. Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif.',
    cancelledByService: 'Gwnaeth y gwasanaeth ganslo’r taliad. Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif.',
    errorTitle: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth talu',
    error: 'Nid oedd modd cymryd eich taliad. Nid oes unrhyw arian wedi’i gymryd o’ch cyfrif.',
    tryAgain: 'Rhoi cynnig arall arni',
  },
});

export type PaymentFailedMessageKey = keyof typeof paymentFailedMessages.en;
