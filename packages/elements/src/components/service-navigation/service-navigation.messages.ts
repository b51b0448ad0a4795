import { defineMessages } from '@civicbricks/core/i18n';

export const serviceNavigationMessages = defineMessages({
  en: { menuButtonText: 'Menu', ariaLabel: 'Service information' },
  cy: { menuButtonText: 'Dewislen', ariaLabel: 'Gwybodaeth am y gwasanaeth' },
});
