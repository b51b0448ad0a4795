import { declareMessages } from '@civicbricks/core/i18n';

// Sentences with a link in the middle are split round the link, so no catalogue holds HTML.
export const cookieBannerMessages = declareMessages({
  en: {
    heading: 'Cookies on %{serviceName}',
    essential: 'We use some essential cookies to make this service work.',
    analytics: 'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
    accept: 'Accept analytics cookies',
    reject: 'Reject analytics cookies',
    viewCookies: 'View cookies',
    accepted: 'You’ve accepted analytics cookies.',
    rejected: 'You’ve rejected analytics cookies.',
    changeBefore: 'You can',
    changeLink: 'change your cookie settings',
    changeAfter: 'at any time.',
    hide: 'Hide cookie message',
  },
  cy: {
    heading: 'Cwcis ar wefan %{serviceName}',
    essential: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
    analytics: 'Hoffem hefyd ddefnyddio cwcis dadansoddi er mwyn i ni ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
    accept: 'Derbyn cwcis dadansoddi',
    reject: 'Gwrthod cwcis dadansoddi',
    viewCookies: 'Gweld cwcis',
    accepted: 'Rydych wedi derbyn cwcis dadansoddi.',
    rejected: 'Rydych wedi gwrthod cwcis dadansoddi.',
    changeBefore: 'Gallwch',
    changeLink: 'newid eich gosodiadau cwcis',
    changeAfter: 'unrhyw bryd.',
    hide: 'Cuddio’r neges cwcis',
  },
});

export type CookieBannerMessageKey = keyof (typeof cookieBannerMessages)['en'];
