import { defineMessages } from '@civicbricks/core/i18n';

export const backLinkMessages = defineMessages({
  en: { text: 'Back' },
  cy: { text: 'Yn ôl' },
});
