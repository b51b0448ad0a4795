import { declareMessages } from '@civicbricks/core/i18n';

export const backLinkMessages = declareMessages({
  en: { text: 'Back' },
  cy: { text: 'Yn ôl' },
});
