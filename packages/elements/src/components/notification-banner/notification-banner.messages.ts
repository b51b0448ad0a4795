import { declareMessages } from '@civicbricks/core/i18n';

export const notificationBannerMessages = declareMessages({
  en: { titleImportant: 'Important', titleSuccess: 'Success' },
  cy: { titleImportant: 'Pwysig', titleSuccess: 'Llwyddiant' },
});
