import { declareMessages } from '@civicbricks/core/i18n';

export const tabsMessages = declareMessages({
  en: { contents: 'Contents' },
  cy: { contents: 'Cynnwys' },
});
