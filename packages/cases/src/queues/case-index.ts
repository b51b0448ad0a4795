/**
 * The work-queue index: one small record per case holding what queues filter
 * and sort on (which organisations may see it, its patch and skill, the due
 * date of its first open SLA rule), and search-key records for names, dates
 * of birth and postcodes in their normalised forms. Both are written in the
 * transaction of every case write (the case service's `afterWrite`), so a
 * queue never shows a case as it was before its last committed change.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { canonicalJson, type CollectionIndexes, type JsonObject, type StoredRecord, type Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import type { CaseType } from '../case-type.js';
import { nameKeys, patchEntryKey, postcodeKey, postcodeParts } from './normalise.js';

export const QUEUE_ENTRIES_COLLECTION = 'cases.queue_entry';
export const SEARCH_KEYS_COLLECTION = 'cases.search_key';

/** The skill of a case that needs none in particular: every worker has it. */
export const ANY_SKILL = '*';

/** The parts of a stored case the index and the queues read. */
export const indexedCaseSchema = z.object({
  caseType: z.string(),
  caseTypeVersion: z.int(),
  ownerOrganisationId: z.string(),
  submittedAt: z.string(),
  state: z.array(z.string()),
  status: z.enum(['active', 'done']),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  flags: z.array(z.string()),
  lead: z.nullable(z.object({ userId: z.string(), organisationId: z.string() })),
  team: z.array(z.object({ userId: z.string(), organisationId: z.string(), role: z.string() })),
  sla: z.array(z.object({ rule: z.string(), dueDate: z.string(), metAt: z.nullable(z.string()) })),
});
export type IndexedCase = z.output<typeof indexedCaseSchema>;

export const queueEntrySchema = z.object({
  caseType: z.string(),
  reference: z.string(),
  status: z.string(),
  state: z.array(z.string()),
  stateLeaf: z.string(),
  /** The owning organisation and every organisation with someone on the team: who may see the case at all. */
  organisations: z.array(z.string()),
  lead: z.optional(z.string()),
  patch: z.optional(z.string()),
  skill: z.string(),
  flags: z.array(z.string()),
  /** Due date of the first SLA rule still running; absent when none is. */
  due: z.optional(z.string()),
  submittedAt: z.string(),
});
export type QueueEntry = z.output<typeof queueEntrySchema>;

export const queueEntryIndexes: CollectionIndexes = {
  fields: {
    caseType: 'text',
    reference: 'text',
    status: 'text',
    state: 'text-list',
    stateLeaf: 'text',
    organisations: 'text-list',
    lead: 'text',
    patch: 'text',
    skill: 'text',
    flags: 'text-list',
    due: 'text',
    submittedAt: 'text',
  },
  compound: [
    ['caseType', 'status', 'due'],
    ['caseType', 'status', 'lead', 'patch', 'due'],
    ['caseType', 'status', 'lead', 'due'],
    ['caseType', 'status', 'submittedAt'],
    ['caseType', 'lead', 'due'],
  ],
};

export const searchKeySchema = z.object({
  caseId: z.string(),
  caseType: z.string(),
  /** `name` records carry the date of birth and postcode too, so one query can narrow by them. */
  kind: z.enum(['name', 'dob', 'postcode']),
  key: z.string(),
  dateOfBirth: z.optional(z.string()),
  postcode: z.optional(z.string()),
  organisations: z.array(z.string()),
});
export type SearchKey = z.output<typeof searchKeySchema>;

export const searchKeyIndexes: CollectionIndexes = {
  fields: {
    caseId: 'text',
    caseType: 'text',
    kind: 'text',
    key: 'text',
    dateOfBirth: 'text',
    postcode: 'text',
    organisations: 'text-list',
  },
  compound: [
    ['kind', 'key'],
    ['kind', 'dateOfBirth', 'key'],
  ],
};

/** The team a postcode's patch belongs to: the most specific of sector, district and area that a team claims. */
export function patchFor(caseType: CaseType, postcode: string | undefined): string | undefined {
  const parts = postcode === undefined ? undefined : postcodeParts(postcode);
  if (parts === undefined) return undefined;
  const claims = new Map<string, string>();
  for (const [team, entries] of Object.entries(caseType.allocation.patches ?? {})) {
    for (const entry of entries) claims.set(patchEntryKey(entry), team);
  }
  return claims.get(parts.sector) ?? claims.get(parts.district) ?? claims.get(parts.area);
}

/** The skill a case needs, from the case type's skill field; `ANY_SKILL` when none in particular. */
export function skillFor(caseType: CaseType, fields: Readonly<Record<string, string | number | boolean>>): string {
  const field = caseType.allocation.skillField;
  const value = field === undefined ? undefined : fields[field];
  return (typeof value === 'string' ? caseType.allocation.skills?.[value] : undefined) ?? ANY_SKILL;
}

function text(fields: IndexedCase['fields'], name: string | undefined): string | undefined {
  const value = name === undefined ? undefined : fields[name];
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** What the index holds for one case. Exported for bulk loads, which must write exactly what the service would. */
export function indexRecordsFor(
  caseType: CaseType,
  caseId: string,
  record: IndexedCase,
): { readonly entry: QueueEntry; readonly keys: readonly (SearchKey & { readonly id: string })[] } {
  const organisations = [...new Set([record.ownerOrganisationId, ...record.team.map((member) => member.organisationId)])];
  const running = record.sla.find((sla) => sla.metAt === null);
  const postcode = text(record.fields, caseType.allocation.postcodeField);
  const patch = patchFor(caseType, postcode);
  const entry: QueueEntry = {
    caseType: record.caseType,
    reference: caseId,
    status: record.status,
    state: record.state,
    stateLeaf: record.state.at(-1) ?? '',
    organisations,
    ...(record.lead === null ? {} : { lead: record.lead.userId }),
    ...(patch === undefined ? {} : { patch }),
    skill: skillFor(caseType, record.fields),
    flags: record.flags,
    ...(running === undefined ? {} : { due: running.dueDate }),
    submittedAt: record.submittedAt,
  };
  const dateOfBirth = text(record.fields, caseType.search.dateOfBirthField);
  const searchPostcode = text(record.fields, caseType.search.postcodeField);
  const postcodeSearchKey = searchPostcode === undefined ? undefined : postcodeKey(searchPostcode);
  const common = { caseId, caseType: record.caseType, organisations };
  const narrowing = {
    ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    ...(postcodeSearchKey === undefined ? {} : { postcode: postcodeSearchKey }),
  };
  const keys: (SearchKey & { id: string })[] = [];
  const names = new Set((caseType.search.nameFields ?? []).flatMap((field) => nameKeys(text(record.fields, field) ?? '')));
  [...names].forEach((key, index) => keys.push({ id: `${caseId}.n${index}`, ...common, kind: 'name', key, ...narrowing }));
  if (dateOfBirth !== undefined) keys.push({ id: `${caseId}.d`, ...common, kind: 'dob', key: dateOfBirth, ...narrowing });
  if (postcodeSearchKey !== undefined) keys.push({ id: `${caseId}.p`, ...common, kind: 'postcode', key: postcodeSearchKey });
  return { entry, keys };
}

/** Makes the `afterWrite` hook for `createCaseService` that keeps the work-queue index in step with every case write. */
export function createCaseIndexer(caseTypes: readonly CaseType[]): (tx: Transaction, stored: StoredRecord<unknown>) => Promise<void> {
  const types = new Map(caseTypes.map((caseType) => [caseType.id, caseType]));
  return async (tx, stored) => {
    const parsed = z.safeParse(indexedCaseSchema, stored.data);
    if (!parsed.success) throw new ValidationError('cases.index.unreadable_case', 'The case could not be read for the work-queue index');
    const caseType = types.get(parsed.data.caseType);
    if (caseType === undefined) {
      throw new ValidationError('cases.index.unknown_case_type', `The work-queue index has no case type "${parsed.data.caseType}"`);
    }
    const { entry, keys } = indexRecordsFor(caseType, stored.id, parsed.data);
    const entries = tx.collection(QUEUE_ENTRIES_COLLECTION, queueEntrySchema, { indexes: queueEntryIndexes });
    const current = await entries.get(stored.id);
    if (current === undefined) await entries.insert(entry, { id: stored.id });
    else await entries.update(stored.id, current.version, entry);

    const searchKeys = tx.collection(SEARCH_KEYS_COLLECTION, searchKeySchema, { indexes: searchKeyIndexes });
    const existing = await searchKeys.find({ where: { caseId: stored.id }, pageSize: 500 });
    const wanted = new Map(keys.map(({ id, ...key }) => [id, key]));
    for (const old of existing.items) {
      const next = wanted.get(old.id);
      if (next === undefined) await searchKeys.delete(old.id, old.version);
      else if (canonicalJson(next) !== canonicalJson(old.data)) await searchKeys.update(old.id, old.version, next);
      wanted.delete(old.id);
    }
    for (const [id, key] of wanted) await searchKeys.insert(key, { id });
  };
}

/**
 * Removes a case from the work-queue index: its queue entry and its search keys, which hold normalised names,
 * dates of birth and postcodes. The case service calls it when it erases a case, so that no search finds a
 * person after their erasure; storage's `erase` keeps the audit chain verifying.
 */
export async function eraseFromCaseIndex(
  tx: Transaction,
  caseId: string,
  options: { readonly actor: string; readonly metadata?: JsonObject },
): Promise<void> {
  const entries = tx.collection(QUEUE_ENTRIES_COLLECTION, queueEntrySchema, { indexes: queueEntryIndexes });
  if ((await entries.get(caseId)) !== undefined) await entries.erase(caseId, options);
  const searchKeys = tx.collection(SEARCH_KEYS_COLLECTION, searchKeySchema, { indexes: searchKeyIndexes });
  for (;;) {
    const page = await searchKeys.list({ where: { caseId }, limit: 500 });
    for (const key of page.items) await searchKeys.erase(key.id, options);
    if (page.nextCursor === undefined) break;
  }
}
