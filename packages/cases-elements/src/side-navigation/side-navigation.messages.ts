import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-side-navigation>` owns, in English and Welsh. */
export const sideNavigationMessages = declareMessages({
  en: { label: 'Side navigation' },
  cy: { label: 'Llywio ochr' },
});

export type SideNavigationMessageKey = keyof typeof sideNavigationMessages.en;
