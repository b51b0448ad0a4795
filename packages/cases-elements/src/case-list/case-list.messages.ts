import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '@civicbricks/elements';

// Welsh numerals take the singular noun ("135 achos"), so every plural form reads the same; all six are written
// out so a translator can change one.
const same = (text: string) => ({ zero: text, one: text, two: text, few: text, many: text, other: text });

/** Every string `<civic-case-list>` owns, in English and Welsh (with the shared "Error:" prefix). */
export const caseListMessages = withFieldMessages(
  declareMessages({
    en: {
      filterHeading: 'Filter',
      apply: 'Apply filters',
      selectedHeading: 'Selected filters',
      clear: 'Clear filters',
      removeFilter: 'Remove this filter',
      any: 'Any',
      sortAscending: '(sort ascending)',
      sortDescending: '(sort descending)',
      showing: {
        one: 'Showing %{from} to %{to} of %{count} case',
        other: 'Showing %{from} to %{to} of %{count} cases',
      },
      noneMatch: 'No cases match these filters.',
      noCases: 'There are no cases in this list.',
      pagination: 'Pages of cases',
    },
    cy: {
      filterHeading: 'Hidlo',
      apply: 'Rhoi’r hidlyddion ar waith',
      selectedHeading: 'Hidlyddion a ddewiswyd',
      clear: 'Clirio’r hidlyddion',
      removeFilter: 'Dileu’r hidlydd hwn',
      any: 'Unrhyw un',
      sortAscending: '(trefnu’n esgynnol)',
      sortDescending: '(trefnu’n ddisgynnol)',
      showing: same('Yn dangos %{from} i %{to} o %{count} achos'),
      noneMatch: 'Nid oes unrhyw achosion yn cyfateb i’r hidlyddion hyn.',
      noCases: 'Nid oes unrhyw achosion yn y rhestr hon.',
      pagination: 'Tudalennau o achosion',
    },
  }),
);

export type CaseListMessageKey = keyof typeof caseListMessages.en;
