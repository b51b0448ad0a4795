import { declareMessages } from '@civicbricks/core/i18n';

export const serviceNavigationMessages = declareMessages({
  en: { menuButtonText: 'Menu', ariaLabel: 'Service information' },
  cy: { menuButtonText: 'Dewislen', ariaLabel: 'Gwybodaeth am y gwasanaeth' },
});
