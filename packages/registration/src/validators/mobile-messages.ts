/**
 * English and Welsh messages of {@link validateMobileNumber}. The English is GOV.UK Notify's own
 * wording for each reason it refuses a number (`InvalidPhoneError.ERROR_MESSAGES` in
 * notifications-utils), so a person reads here what Notify would tell them. The Welsh is ours and
 * needs a translator's review before a service goes live.
 */
import { defineMessages } from '@civicbricks/core/i18n';

export const mobileMessages = defineMessages({
  en: {
    required: 'Enter %{enter}',
    'mobile.required': 'Enter a mobile phone number',
    'mobile.invalid': 'Number is not valid – double check the phone number you entered',
    'mobile.too_long': 'Mobile number is too long',
    'mobile.too_short': 'Mobile number is too short',
    'mobile.not_uk_mobile': 'This does not look like a UK mobile number – double check the mobile number you entered',
    'mobile.unknown_character': 'Mobile numbers can only include: 0 1 2 3 4 5 6 7 8 9 ( ) + -',
    'mobile.unsupported_country': 'Country code not found - double check the mobile number you entered',
  },
  cy: {
    required: 'Rhowch %{enter}',
    'mobile.required': 'Rhowch rif ffôn symudol',
    'mobile.invalid': 'Nid yw’r rhif yn ddilys – gwiriwch y rhif ffôn a roesoch',
    'mobile.too_long': 'Mae’r rhif ffôn symudol yn rhy hir',
    'mobile.too_short': 'Mae’r rhif ffôn symudol yn rhy fyr',
    'mobile.not_uk_mobile': 'Nid yw hwn yn edrych fel rhif ffôn symudol yn y DU – gwiriwch y rhif ffôn symudol a roesoch',
    'mobile.unknown_character': 'Dim ond y canlynol y gall rhifau ffôn symudol eu cynnwys: 0 1 2 3 4 5 6 7 8 9 ( ) + -',
    'mobile.unsupported_country': 'Heb ddod o hyd i’r cod gwlad – gwiriwch y rhif ffôn symudol a roesoch',
  },
});

export type MobileMessageKey = keyof (typeof mobileMessages)['en'];
