import type { Example } from '../../elements/examples/types.js';
import type { CaseListFilter, CaseListOptions, CaseListRow } from '../src/index.js';

const columns = [
  { key: 'reference', text: 'Reference', sortable: true },
  { key: 'name', text: 'Name', sortable: true },
  { key: 'status', text: 'Status' },
  { key: 'due', text: 'Due', sortable: true },
  { key: 'tasks', text: 'Open tasks', numeric: true },
];

const people = [
  'Jo Bloggs',
  'Alex Doe',
  'Sam Smith',
  'Ali Khan',
  'Lee Wong',
  'Kim Park',
  'Ana Silva',
  'Ola Nowak',
  'Ben Adams',
  'Eve Stone',
];

function rows(count: number, first = 1): CaseListRow[] {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    const reference = `HSG-${String(1000 + n)}`;
    return {
      href: `/cases/${reference}`,
      cells: {
        reference,
        name: people[n % people.length] ?? 'Jo Bloggs',
        status: n % 3 === 0 ? { tag: 'Overdue', colour: 'red' } : { tag: 'Assessment' },
        due: `${(n % 28) + 1} January 2027`,
        tasks: String(n % 4),
      },
    };
  });
}

const filters: CaseListFilter[] = [
  { type: 'search', name: 'q', legend: 'Reference or name', hint: 'For example, HSG-1042 or Bloggs' },
  {
    type: 'checkboxes',
    name: 'status',
    legend: 'Status',
    items: [
      { value: 'new', text: 'New' },
      { value: 'assessment', text: 'Assessment' },
      { value: 'decision', text: 'Awaiting decision' },
    ],
  },
  {
    type: 'select',
    name: 'team',
    legend: 'Team',
    items: [
      { value: 'north', text: 'North patch' },
      { value: 'south', text: 'South patch' },
    ],
  },
];

export const caseListExamples: readonly Example<CaseListOptions>[] = [
  {
    name: 'First page, sorted by due date',
    options: {
      caption: 'Team cases',
      action: '/queues/team',
      columns,
      rows: rows(5),
      sort: { column: 'due', direction: 'ascending' },
      page: 1,
      pageSize: 5,
      total: 23,
      filters,
    },
  },
  {
    name: 'Filtered, third page',
    options: {
      caption: 'Team cases',
      action: '/queues/team',
      columns,
      rows: rows(5, 11),
      sort: { column: 'reference', direction: 'descending' },
      page: 3,
      pageSize: 5,
      total: 42,
      filters: filters.map((filter): CaseListFilter => {
        if (filter.type === 'checkboxes') return { ...filter, value: ['assessment', 'decision'] };
        if (filter.type === 'select') return { ...filter, value: 'north' };
        return { ...filter, value: 'Bloggs' };
      }),
    },
  },
  {
    name: 'No filters, one page',
    options: { caption: 'My cases', action: '/queues/mine', columns, rows: rows(3), pageSize: 20, total: 3 },
  },
  {
    name: 'Nothing matches',
    options: {
      caption: 'Team cases',
      action: '/queues/team',
      columns,
      rows: [],
      pageSize: 20,
      total: 0,
      filters: filters.map((filter): CaseListFilter => (filter.type === 'search' ? { ...filter, value: 'Nobody' } : filter)),
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      caption: 'Achosion y tîm',
      action: '/queues/team',
      columns: [
        { key: 'reference', text: 'Cyfeirnod', sortable: true },
        { key: 'name', text: 'Enw', sortable: true },
        { key: 'status', text: 'Statws' },
      ],
      rows: [{ href: '/cases/TAI-1001', cells: { reference: 'TAI-1001', name: 'Siân Jones', status: { tag: 'Asesiad' } } }],
      sort: { column: 'name', direction: 'ascending' },
      page: 2,
      pageSize: 1,
      total: 2,
      filters: [
        {
          type: 'checkboxes',
          name: 'status',
          legend: 'Statws',
          items: [
            { value: 'new', text: 'Newydd' },
            { value: 'assessment', text: 'Asesiad' },
          ],
          value: ['assessment'],
        },
      ],
    },
  },
];
