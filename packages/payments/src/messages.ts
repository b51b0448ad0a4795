/**
 * English and Welsh words this package writes into errors a caseworker or a
 * paying user may read. Codes on errors are stable, so an interface can show
 * its own wording instead.
 */
import { defineMessages } from '@civicbricks/core/i18n';

export const paymentMessages = defineMessages({
  en: {
    'refund.mismatch': 'This payment was refunded by someone else: %{left} is left to refund',
    'refund.mismatchNothingLeft': 'This payment was refunded by someone else: there is nothing left to refund',
    'refund.mismatchUnknown': 'This payment was refunded by someone else: look at the payment again to see how much is left to refund',
    'refund.tooMuch': 'You can refund at most %{left} of this payment',
    'refund.notAvailable': 'This payment cannot be refunded: %{reason}',
    'card.notTestCard': 'This is a test service: no real payment can be taken. Use a test card number, such as 4444 3333 2222 1111',
    'card.invalidNumber': 'Enter a valid card number',
  },
  cy: {
    'refund.mismatch': 'Mae rhywun arall wedi ad-dalu’r taliad hwn: mae %{left} ar ôl i’w ad-dalu',
    'refund.mismatchNothingLeft': 'Mae rhywun arall wedi ad-dalu’r taliad hwn: nid oes dim ar ôl i’w ad-dalu',
    'refund.mismatchUnknown': 'Mae rhywun arall wedi ad-dalu’r taliad hwn: edrychwch ar y taliad eto i weld faint sydd ar ôl i’w ad-dalu',
    'refund.tooMuch': 'Gallwch ad-dalu %{left} o’r taliad hwn ar y mwyaf',
    'refund.notAvailable': 'Nid oes modd ad-dalu’r taliad hwn: %{reason}',
    'card.notTestCard':
      'Gwasanaeth prawf yw hwn: nid oes modd cymryd taliad go iawn. Defnyddiwch rif cerdyn prawf, fel 4444 3333 2222 1111',
    'card.invalidNumber': 'Rhowch rif cerdyn dilys',
  },
});
