import { declareMessages } from '@civicbricks/core/i18n';

// Spoken once a column is sorted. The Welsh uses "trefn esgynnol / ddisgynnol" (ascending / descending order;
// "trefn" is feminine, so "disgynnol" softens): to be checked by a Welsh translator.
export const tableMessages = declareMessages({
  en: { sortedAscending: 'Sorted by %{column}, ascending', sortedDescending: 'Sorted by %{column}, descending' },
  cy: {
    sortedAscending: 'Wedi’i drefnu yn ôl %{column}, trefn esgynnol',
    sortedDescending: 'Wedi’i drefnu yn ôl %{column}, trefn ddisgynnol',
  },
});
