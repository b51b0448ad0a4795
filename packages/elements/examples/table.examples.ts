import type { TableOptions } from '../src/index.js';
import type { Example } from './types.js';

const costs: TableOptions['rows'] = [
  [{ text: 'Garden waste' }, { text: 'Penarth' }, { text: '£1,250', format: 'numeric' }],
  [{ text: 'Bulky items' }, { text: 'Barry' }, { text: '£85', format: 'numeric' }],
  [{ text: 'Clinical waste' }, { text: 'Llandough' }, { text: '£310.50', format: 'numeric' }],
  [{ text: 'Abandoned vehicles' }, { text: 'Ely' }, { text: '£9', format: 'numeric' }],
];

export const tableExamples: readonly Example<TableOptions>[] = [
  {
    name: 'Default',
    options: {
      caption: 'Dates and amounts',
      captionSize: 'm',
      head: [{ text: 'Date' }, { text: 'Amount' }],
      rows: [
        [{ text: 'First 6 weeks' }, { text: '£109.80 per week' }],
        [{ text: 'Next 33 weeks' }, { text: '£109.80 per week' }],
        [{ text: 'Total estimated pay' }, { text: '£4,282.20' }],
      ],
    },
  },
  {
    name: 'Numbers and row headers',
    options: {
      caption: 'Council tax by band',
      captionSize: 'l',
      firstCellIsHeader: true,
      head: [{ text: 'Band' }, { text: 'Yearly charge', format: 'numeric' }, { text: 'Monthly instalment', format: 'numeric' }],
      rows: [
        [{ text: 'A' }, { text: '£1,290.92', format: 'numeric' }, { text: '£129.09', format: 'numeric' }],
        [{ text: 'B' }, { text: '£1,506.07', format: 'numeric' }, { text: '£150.61', format: 'numeric' }],
        [{ text: 'C' }, { text: '£1,721.22', format: 'numeric' }, { text: '£172.12', format: 'numeric' }],
      ],
    },
  },
  {
    name: 'Without a head',
    options: {
      caption: 'Opening hours',
      captionSize: 's',
      firstCellIsHeader: true,
      rows: [
        [{ text: 'Monday to Friday' }, { text: '9am to 5pm' }],
        [{ text: 'Saturday' }, { text: '10am to 1pm' }],
      ],
    },
  },
  {
    name: 'Sortable',
    options: {
      caption: 'Collection charges',
      captionSize: 'm',
      sortable: true,
      head: [{ text: 'Service' }, { text: 'Area' }, { text: 'Cost', format: 'numeric' }],
      rows: costs,
    },
  },
  {
    name: 'Sortable, sorted by the server',
    options: {
      caption: 'Planning applications, page 1 of 12',
      sortable: true,
      sortMode: 'server',
      sortColumn: 1,
      sortDirection: 'descending',
      head: [{ text: 'Reference' }, { text: 'Received', format: 'numeric' }, { text: 'Documents', sortable: false }],
      rows: [
        [{ text: '24/00312/FUL' }, { text: '3 June 2024', format: 'numeric', sortValue: 20240603 }, { text: '4 files' }],
        [{ text: '24/00298/HOU' }, { text: '28 May 2024', format: 'numeric', sortValue: 20240528 }, { text: '2 files' }],
      ],
    },
  },
  {
    name: 'Welsh sortable',
    lang: 'cy',
    options: {
      caption: 'Taliadau casglu',
      captionSize: 'm',
      sortable: true,
      head: [{ text: 'Gwasanaeth' }, { text: 'Ardal' }, { text: 'Cost', format: 'numeric' }],
      rows: [
        [{ text: 'Gwastraff gardd' }, { text: 'Penarth' }, { text: '£1,250', format: 'numeric' }],
        [{ text: 'Eitemau swmpus' }, { text: 'Y Barri' }, { text: '£85', format: 'numeric' }],
        [{ text: 'Cerbydau wedi’u gadael' }, { text: 'Trelái' }, { text: '£9', format: 'numeric' }],
      ],
    },
  },
];
