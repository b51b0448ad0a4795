import { declareMessages } from '@civicbricks/core/i18n';

export const breadcrumbsMessages = declareMessages({
  en: { labelText: 'Breadcrumb' },
  cy: { labelText: 'Briwsion bara' },
});
