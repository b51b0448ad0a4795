/**
 * English and Welsh messages of the stand-alone validators.
 *
 * Wording follows GOV.UK Forms and the GOV.UK Design System where they give it;
 * the README lists which messages are ours and which Welsh still needs a
 * translator's review.
 */
import { defineMessages } from '@civicbricks/core/i18n';

export const validatorMessages = defineMessages({
  en: {
    required: 'Enter %{enter}',
    'postcode.required': 'Enter the postcode',
    'postcode.invalid': 'Enter a real postcode',
    'nino.required': 'Enter a National Insurance number',
    'nino.invalid': 'Enter a National Insurance number in the correct format',
    'nhs.required': 'Enter an NHS number',
    'nhs.length': 'NHS number must be 10 digits',
    'nhs.invalid': 'Enter a valid NHS number',
    'phone.required': 'Enter a UK telephone number',
    'phone.invalid': 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
    'email.required': 'Enter an email address',
    'email.invalid': 'Enter an email address in the correct format, like name@example.com',
  },
  cy: {
    required: 'Rhowch %{enter}',
    'postcode.required': 'Rhowch y cod post',
    'postcode.invalid': 'Rhowch god post gwirioneddol',
    'nino.required': 'Rhowch rif Yswiriant Gwladol',
    'nino.invalid': 'Rhowch rif Yswiriant Gwladol yn y ffurf gywir',
    'nhs.required': 'Rhowch rif GIG',
    'nhs.length': 'Rhaid i’r rhif GIG fod yn 10 digid',
    'nhs.invalid': 'Rhowch rif GIG dilys',
    'phone.required': 'Rhowch rif ffôn yn y DU',
    'phone.invalid': 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
    'email.required': 'Rhowch gyfeiriad e-bost',
    'email.invalid': 'Rhowch gyfeiriad e-bost yn y ffurf gywir, fel name@example.com',
  },
});

export type ValidatorMessageKey = keyof (typeof validatorMessages)['en'];
