import { declareMessages } from '@civicbricks/core/i18n';

export const warningTextMessages = declareMessages({
  en: { iconFallbackText: 'Warning' },
  cy: { iconFallbackText: 'Rhybudd' },
});
