import { defineMessages } from '@civicbricks/core/i18n';

export const breadcrumbsMessages = defineMessages({
  en: { labelText: 'Breadcrumb' },
  cy: { labelText: 'Briwsion bara' },
});
