/**
 * Work queues and search, server-side: a page of cases filtered, sorted and
 * counted by the database over the work-queue index, then shown as the
 * viewer may see it.
 *
 * Deny by default, as everywhere in the brick: a case is in a viewer's queue
 * or search only if their organisation owns it or has someone on its team
 * (the same rule as `get`), a field column shows a value only where the
 * viewer's roles on that case see the field, and the latest-note column shows
 * only a note their organisation may read. Each row shown to another
 * organisation than the owner is recorded in the audit log as a view
 * (`case.viewed`). Queues never sort by a case field,
 * since the order alone would tell a viewer something about values they may
 * not see.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { toIsoDate } from '@civicbricks/core/working-days';
import type { FieldCondition, FindQuery, Store, StoredRecord } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { requireCaseType, type CaseType } from '../case-type.js';
import { visibleFields } from '../permissions.js';
import { SORTABLE_QUEUE_COLUMNS, type QueueColumn, type SortableQueueColumn, type WorkQueueDefinition } from '../schema.js';
import {
  ANY_SKILL,
  indexedCaseSchema,
  indexRecordsFor,
  QUEUE_ENTRIES_COLLECTION,
  queueEntryIndexes,
  queueEntrySchema,
  SEARCH_KEYS_COLLECTION,
  searchKeyIndexes,
  searchKeySchema,
} from './case-index.js';
import { rolesOn } from '../service/context.js';
import { mayRead } from '../service/notes.js';
import { normaliseName, postcodeKey } from './normalise.js';

const CASES_COLLECTION = 'cases.case';
const NOTES_COLLECTION = 'cases.note';
/** Search reads at most this many matches; past it the person is asked to narrow the search. */
export const SEARCH_LIMIT = 200;
const NOTE_PREVIEW = 200;

const id = (what: string) =>
  z.string(`${what} must be text`).check(z.minLength(1, `${what} is missing`), z.maxLength(200, `${what} is too long`));

const viewerSchema = z.strictObject({
  userId: id('`viewer.userId`'),
  organisationId: id('`viewer.organisationId`'),
  roles: z.array(id('A role')),
  /** The teams the viewer works in, for `patch: mine` queues. */
  teams: z.optional(z.array(id('A team'))),
  /** The viewer's skills, for `skill: mine` queues. */
  skills: z.optional(z.array(id('A skill'))),
});

/** Who is looking: from the service's sign-in, never from the request. */
export type Viewer = z.output<typeof viewerSchema>;

const pageSchema = z.strictObject({
  caseType: id('`caseType`'),
  queue: id('`queue`'),
  viewer: viewerSchema,
  /** A sortable column; the queue's own sort when absent. */
  sort: z.optional(z.enum(SORTABLE_QUEUE_COLUMNS)),
  direction: z.optional(z.enum(['asc', 'desc'])),
  page: z.optional(z.int('`page` must be a whole number').check(z.minimum(1, 'Pages start at 1'), z.maximum(100_000))),
});

const searchSchema = z.strictObject({
  viewer: viewerSchema,
  reference: z.optional(z.string().check(z.maxLength(40))),
  name: z.optional(z.string().check(z.maxLength(200))),
  dateOfBirth: z.optional(z.iso.date('`dateOfBirth` must be a date written YYYY-MM-DD')),
  postcode: z.optional(z.string().check(z.maxLength(10))),
  /** Search one case type only. */
  caseType: z.optional(id('`caseType`')),
  page: z.optional(z.int().check(z.minimum(1), z.maximum(1_000))),
  pageSize: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});

/** A note as a queue shows it: the newest the viewer's organisation may read, cut to a preview. */
export interface NotePreview {
  readonly id: string;
  readonly at: string;
  readonly organisationId: string;
  readonly preview: string;
}

/** What one cell holds; `null` when there is nothing the viewer may see. */
export type QueueCell = string | number | boolean | readonly string[] | NotePreview | null;

/** One case in a queue or a search result. */
export interface QueueRow {
  readonly id: string;
  readonly version: number;
  readonly caseType: string;
  readonly cells: Readonly<Record<string, QueueCell>>;
}

/** A column header: what GOV.UK's sortable table needs, with the link that sorts by it (always to page 1). */
export interface QueueHeader {
  readonly column: QueueColumn;
  readonly sortable: boolean;
  readonly ariaSort: 'ascending' | 'descending' | 'none' | undefined;
  /** Where the header's link goes: this column, the other direction if it is the current sort, page 1. */
  readonly link: { readonly sort: SortableQueueColumn; readonly direction: 'asc' | 'desc'; readonly page: 1 } | undefined;
}

export interface QueuePage {
  readonly queue: string;
  readonly label: string;
  readonly headers: readonly QueueHeader[];
  readonly items: readonly QueueRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly pageCount: number;
  readonly sort: { readonly column: SortableQueueColumn; readonly direction: 'asc' | 'desc' };
}

export interface SearchPage {
  readonly items: readonly QueueRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly pageCount: number;
  /** True when more than `SEARCH_LIMIT` cases matched: none are shown; ask for more of the name, a date of birth or a postcode. */
  readonly tooMany: boolean;
}

export interface WorkQueuesOptions {
  readonly store: Store;
  readonly caseTypes: readonly CaseType[];
  /** Today's date for overdue filters comes from here; the system clock when absent. */
  readonly clock?: () => Date;
}

export interface WorkQueues {
  /** Creates the indexes queues and search need (idempotent): at start-up or in a migration. */
  ensureIndexes(): Promise<void>;
  /** One page of a queue as the viewer may see it. */
  page(input: z.input<typeof pageSchema>): Promise<QueuePage>;
  /** Cases the viewer may see, by reference, name (any order of its words), date of birth or postcode. */
  search(input: z.input<typeof searchSchema>): Promise<SearchPage>;
}

const noteSchema = z.object({
  caseId: z.string(),
  organisationId: z.string(),
  body: z.string(),
  sharedWith: z.array(z.string()),
  createdAt: z.string(),
});
const noteIndexes = {
  fields: { caseId: 'text', organisationId: 'text', sharedWith: 'text-list', createdAt: 'text' },
  compound: [
    ['caseId', 'organisationId', 'createdAt'],
    ['caseId', 'createdAt'],
  ],
} as const;

const SORT_FIELDS: Readonly<Record<SortableQueueColumn, string>> = {
  reference: 'reference',
  state: 'stateLeaf',
  lead: 'lead',
  dueDate: 'due',
  submittedAt: 'submittedAt',
  patch: 'patch',
};

const optionsSchema = z.strictObject({
  store: z.custom<Store>((value) => typeof value === 'object' && value !== null && 'transaction' in value, 'Pass a store from createStore'),
  caseTypes: z.array(z.unknown()).check(z.minLength(1, 'Give at least one case type')),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function', '`clock` must be a function returning a Date')),
});

/** Makes the work queues and search over a store the case service writes with `createCaseIndexer`. */
export function createWorkQueues(options: WorkQueuesOptions): WorkQueues {
  const parsed = parseInput(optionsSchema, options, { path: ['options'], codePrefix: 'cases.queues.options' });
  const { store } = parsed;
  const clock = parsed.clock ?? (() => new Date());
  const types = new Map<string, CaseType>();
  parsed.caseTypes.forEach((candidate, index) => {
    const caseType = requireCaseType(candidate, ['options', 'caseTypes', index]);
    types.set(caseType.id, caseType);
  });
  const entries = () => store.collection(QUEUE_ENTRIES_COLLECTION, queueEntrySchema, { indexes: queueEntryIndexes });
  const searchKeys = () => store.collection(SEARCH_KEYS_COLLECTION, searchKeySchema, { indexes: searchKeyIndexes });
  const notes = () => store.collection(NOTES_COLLECTION, noteSchema, { indexes: noteIndexes });

  /** The newest note each case has that the viewer's organisation may read. */
  const latestNotes = async (caseIds: readonly string[], organisationId: string): Promise<Map<string, NotePreview>> => {
    const latest = new Map<string, NotePreview>();
    if (caseIds.length === 0) return latest;
    const consider = (note: StoredRecord<z.output<typeof noteSchema>>) => {
      if (!mayRead(note.data, organisationId)) return;
      const known = latest.get(note.data.caseId);
      if (known === undefined || known.at < note.data.createdAt) {
        latest.set(note.data.caseId, {
          id: note.id,
          at: note.data.createdAt,
          organisationId: note.data.organisationId,
          preview: note.data.body.slice(0, NOTE_PREVIEW),
        });
      }
    };
    const sort = [{ field: 'createdAt', direction: 'desc' as const }];
    const reads: FindQuery[] = [
      { where: { caseId: { in: [...caseIds] }, organisationId }, sort, pageSize: 500 },
      { where: { caseId: { in: [...caseIds] }, sharedWith: { has: organisationId } }, sort, pageSize: 500 },
    ];
    let complete = true;
    for (const query of reads) {
      const found = await notes().find(query);
      found.items.forEach(consider);
      if (found.total > found.items.length) complete = false;
    }
    if (!complete) {
      // A page of cases with hundreds of notes: ask case by case for the newest, so none is missed.
      for (const caseId of caseIds) {
        const wheres: Record<string, FieldCondition>[] = [
          { caseId, organisationId },
          { caseId, sharedWith: { has: organisationId } },
        ];
        for (const where of wheres) {
          (await notes().find({ where, sort, pageSize: 1 })).items.forEach(consider);
        }
      }
    }
    return latest;
  };

  /** Rows for these case ids, in this order, as the viewer may see them; cases they may not see are left out. */
  const rowsFor = async (
    caseIds: readonly string[],
    columns: readonly QueueColumn[],
    viewer: Viewer,
    what: string,
  ): Promise<QueueRow[]> => {
    const stored = await store.collection(CASES_COLLECTION, indexedCaseSchema).getMany(caseIds);
    const notesById = columns.includes('latestNote') ? await latestNotes(caseIds, viewer.organisationId) : new Map<string, NotePreview>();
    const rows: QueueRow[] = [];
    for (const record of stored) {
      const data = record.data;
      const caseType = types.get(data.caseType);
      // Checked again on the case itself: the index is never trusted to decide who sees what.
      const involved =
        data.ownerOrganisationId === viewer.organisationId || data.team.some((member) => member.organisationId === viewer.organisationId);
      if (caseType === undefined || !involved) continue;
      const visible = visibleFields(caseType, rolesOn(data, viewer));
      const running = data.sla.find((sla) => sla.metAt === null);
      const cells: Record<string, QueueCell> = {};
      for (const column of columns) {
        if (column.startsWith('field:')) {
          const name = column.slice(6);
          cells[column] = visible.has(name) ? (data.fields[name] ?? null) : null;
          continue;
        }
        switch (column) {
          case 'reference':
            cells[column] = record.id;
            break;
          case 'state':
            cells[column] = data.state.at(-1) ?? null;
            break;
          case 'status':
            cells[column] = data.status;
            break;
          case 'lead':
            cells[column] = data.lead?.userId ?? null;
            break;
          case 'dueDate':
            cells[column] = running?.dueDate ?? null;
            break;
          case 'submittedAt':
            cells[column] = data.submittedAt;
            break;
          case 'flags':
            cells[column] = data.flags;
            break;
          case 'patch':
          case 'skill': {
            const { entry } = indexRecordsFor(caseType, record.id, data);
            cells[column] = column === 'patch' ? (entry.patch ?? null) : entry.skill === ANY_SKILL ? null : entry.skill;
            break;
          }
          case 'latestNote':
            cells[column] = notesById.get(record.id) ?? null;
            break;
        }
      }
      rows.push({ id: record.id, version: record.version, caseType: data.caseType, cells });
    }
    // Another organisation seeing a case, even as a row of a list, is a view the audit log records, as the
    // case service records its `get`, timeline and person view (the owner's own staff are not recorded).
    const others = stored.filter(
      (record) => rows.some((row) => row.id === record.id) && record.data.ownerOrganisationId !== viewer.organisationId,
    );
    if (others.length > 0) {
      await store.transaction(async (tx) => {
        for (const record of others) {
          await tx.audit.append({
            actor: viewer.userId,
            action: 'case.viewed',
            collection: CASES_COLLECTION,
            recordId: record.id,
            metadata: { organisation: viewer.organisationId, via: 'team', what },
          });
        }
      });
    }
    return rows;
  };

  return {
    async ensureIndexes() {
      await entries().ensureIndexes();
      await searchKeys().ensureIndexes();
      await notes().ensureIndexes();
    },

    async page(input) {
      const args = parseInput(pageSchema, input, { path: ['input'], codePrefix: 'cases.queue' });
      const caseType = types.get(args.caseType);
      if (caseType === undefined) {
        throw new ValidationError('cases.unknown_case_type', `There is no case type "${args.caseType}"`, { path: ['input', 'caseType'] });
      }
      const queue = Object.hasOwn(caseType.workQueues, args.queue) ? caseType.workQueues[args.queue] : undefined;
      if (queue === undefined) {
        throw new ValidationError('cases.queue.unknown_queue', `The case type "${caseType.id}" has no work queue "${args.queue}"`, {
          path: ['input', 'queue'],
        });
      }
      const column = args.sort ?? queue.sort.column;
      const direction = args.direction ?? (args.sort === undefined ? (queue.sort.direction ?? 'asc') : 'asc');
      const pageSize = queue.pageSize ?? 25;
      const page = args.page ?? 1;
      const where = queueConditions(caseType, queue, args.viewer, clock());
      const columns = queue.columns as readonly QueueColumn[];
      const headers = columns.map((name) => header(name, column, direction));
      const found =
        where === undefined
          ? { items: [], total: 0 }
          : await entries().find({ where, sort: [{ field: SORT_FIELDS[column], direction }], pageSize, page });
      return {
        queue: args.queue,
        label: queue.label,
        headers,
        items: await rowsFor(
          found.items.map((entry) => entry.id),
          columns,
          args.viewer,
          `queue:${args.queue}`,
        ),
        total: found.total,
        page,
        pageSize,
        pageCount: Math.max(1, Math.ceil(found.total / pageSize)),
        sort: { column, direction },
      };
    },

    async search(input) {
      const args = parseInput(searchSchema, input, { path: ['input'], codePrefix: 'cases.search' });
      const pageSize = args.pageSize ?? 25;
      const page = args.page ?? 1;
      const columns: QueueColumn[] = ['reference', 'state', 'lead', 'dueDate'];
      const result = (ids: readonly string[], rows: QueueRow[], tooMany = false): SearchPage => ({
        items: rows,
        total: tooMany ? 0 : ids.length,
        page,
        pageSize,
        pageCount: Math.max(1, Math.ceil(ids.length / pageSize)),
        tooMany,
      });
      if (args.caseType !== undefined && !types.has(args.caseType)) {
        throw new ValidationError('cases.unknown_case_type', `There is no case type "${args.caseType}"`, { path: ['input', 'caseType'] });
      }
      const reference = args.reference?.toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (reference !== undefined && reference.length > 0) {
        const rows = await rowsFor([reference], columns, args.viewer, 'search');
        const matching = rows.filter((row) => args.caseType === undefined || row.caseType === args.caseType);
        return result(
          matching.map((row) => row.id),
          matching,
        );
      }
      const name = args.name === undefined ? '' : normaliseName(args.name);
      const postcode = args.postcode === undefined ? '' : postcodeKey(args.postcode);
      const where: Record<string, FieldCondition> = { organisations: { has: args.viewer.organisationId } };
      if (args.caseType !== undefined) where['caseType'] = args.caseType;
      if (name.length > 0) {
        where['kind'] = 'name';
        where['key'] = { prefix: name };
        if (args.dateOfBirth !== undefined) where['dateOfBirth'] = args.dateOfBirth;
        if (postcode.length > 0) where['postcode'] = { prefix: postcode };
      } else if (args.dateOfBirth !== undefined) {
        where['kind'] = 'dob';
        where['key'] = args.dateOfBirth;
        if (postcode.length > 0) where['postcode'] = { prefix: postcode };
      } else if (postcode.length > 0) {
        where['kind'] = 'postcode';
        where['key'] = { prefix: postcode };
      } else {
        throw new ValidationError('cases.search.nothing_to_search', 'Enter a reference, a name, a date of birth or a postcode', {
          path: ['input'],
        });
      }
      const found = await searchKeys().find({ where, sort: [{ field: 'key' }], pageSize: SEARCH_LIMIT });
      // A name is found by two orders of its words, so one case can match twice: count each case once.
      const ids = [...new Set(found.items.map((key) => key.data.caseId))];
      if (found.total > found.items.length) return result([], [], true);
      const start = (page - 1) * pageSize;
      return result(ids, await rowsFor(ids.slice(start, start + pageSize), columns, args.viewer, 'search'));
    },
  };
}

function header(column: QueueColumn, current: SortableQueueColumn, direction: 'asc' | 'desc'): QueueHeader {
  const sortable = (SORTABLE_QUEUE_COLUMNS as readonly string[]).includes(column);
  if (!sortable) return { column, sortable, ariaSort: undefined, link: undefined };
  const sortColumn = column as SortableQueueColumn;
  const isCurrent = sortColumn === current;
  return {
    column,
    sortable,
    ariaSort: isCurrent ? (direction === 'asc' ? 'ascending' : 'descending') : 'none',
    link: { sort: sortColumn, direction: isCurrent && direction === 'asc' ? 'desc' : 'asc', page: 1 },
  };
}

/** The queue's filters and the viewer's visibility as storage conditions; undefined when nothing can match. */
function queueConditions(
  caseType: CaseType,
  queue: WorkQueueDefinition,
  viewer: Viewer,
  now: Date,
): Record<string, FieldCondition> | undefined {
  const filters = queue.filters ?? {};
  const where: Record<string, FieldCondition> = {
    caseType: caseType.id,
    organisations: { has: viewer.organisationId },
  };
  if (filters.status !== undefined) where['status'] = filters.status;
  if (filters.states !== undefined) where['state'] = { hasAny: filters.states };
  if (filters.flags !== undefined) where['flags'] = { hasAny: filters.flags };
  if (filters.lead === 'me') where['lead'] = viewer.userId;
  if (filters.lead === 'none') where['lead'] = { exists: false };
  if (filters.patch === 'mine') {
    const teams = viewer.teams ?? [];
    if (teams.length === 0) return undefined;
    where['patch'] = { in: teams };
  }
  if (filters.patch === 'none') where['patch'] = { exists: false };
  if (filters.skill === 'mine') where['skill'] = { in: [ANY_SKILL, ...(viewer.skills ?? [])] };
  const today = toIsoDate(now);
  if (filters.overdue === true) where['due'] = { lt: today };
  if (filters.overdue === false) where['due'] = { gte: today };
  return where;
}
