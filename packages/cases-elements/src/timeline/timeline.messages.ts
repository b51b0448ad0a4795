import { declareMessages } from '@civicbricks/core/i18n';

/** Every string `<civic-timeline>` owns, in English and Welsh. */
export const timelineMessages = declareMessages({
  en: { byline: 'by %{name}', empty: 'Nothing has been recorded on this case yet.' },
  cy: { byline: 'gan %{name}', empty: 'Does dim wedi’i gofnodi ar yr achos hwn eto.' },
});

export type TimelineMessageKey = keyof typeof timelineMessages.en;
