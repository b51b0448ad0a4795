import { defineMessages } from '@civicbricks/core/i18n';

export const warningTextMessages = defineMessages({
  en: { iconFallbackText: 'Warning' },
  cy: { iconFallbackText: 'Rhybudd' },
});
