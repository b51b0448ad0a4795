import { defineMessages } from '@civicbricks/core/i18n';

export const tabsMessages = defineMessages({
  en: { contents: 'Contents' },
  cy: { contents: 'Cynnwys' },
});
