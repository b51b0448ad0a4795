import { declareMessages } from '@civicbricks/core/i18n';

export const skipLinkMessages = declareMessages({
  en: { text: 'Skip to main content' },
  cy: { text: 'Neidio i’r prif gynnwys' },
});
