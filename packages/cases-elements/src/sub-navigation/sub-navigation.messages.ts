import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-sub-navigation>` owns, in English and Welsh. */
export const subNavigationMessages = declareMessages({
  en: { label: 'Secondary navigation region' },
  cy: { label: 'Rhanbarth llywio eilaidd' },
});

export type SubNavigationMessageKey = keyof typeof subNavigationMessages.en;
