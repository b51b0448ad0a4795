import { defineMessages } from '@civicbricks/core/i18n';

export const skipLinkMessages = defineMessages({
  en: { text: 'Skip to main content' },
  cy: { text: 'Neidio i’r prif gynnwys' },
});
