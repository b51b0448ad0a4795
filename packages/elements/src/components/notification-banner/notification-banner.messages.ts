import { defineMessages } from '@civicbricks/core/i18n';

export const notificationBannerMessages = defineMessages({
  en: { titleImportant: 'Important', titleSuccess: 'Success' },
  cy: { titleImportant: 'Pwysig', titleSuccess: 'Llwyddiant' },
});
