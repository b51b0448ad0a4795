/**
 * The rights of the person. A subject access export gathers everything the
 * asking organisation holds on one person (their records, merged ones too,
 * and the cases, notes, tasks, documents, shares and history it can reach) as
 * JSON and as a readable HTML page in which every value is escaped. Erasure
 * removes the person's data through storage's `erase`, which also removes
 * the before/after detail of every audit entry about each record; the chain
 * hashed only a salted digest of that detail and holds no personal data in
 * its metadata, so it still verifies. Retention erases cases of a type once
 * the type's period has run.
 *
 * Both act for one organisation, the controller the person asked: it erases
 * the person records it made, the cases it owns in which the person is the
 * subject, and every link to the person; other organisations' cases are
 * left to them and named in the result so the officer can tell them.
 */
import { NotFoundError } from '@civicbricks/core/errors';
import { escapeHtml } from '@civicbricks/core/html';
import { parseInput } from '@civicbricks/core/validation';
import { toIsoDate } from '@civicbricks/core/working-days';
import type { AuditEntry, StoredRecord, Store, Transaction } from '@civicbricks/storage';
import type { JsonObject } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import { eraseFromCaseIndex } from '../queues/case-index.js';
import { visibleFields } from '../permissions.js';
import { assertServiceRole, type ServiceContext } from './context.js';
import { documentContentOf, documentsOf, readableDocuments } from './documents.js';
import { after, listAll } from './listing.js';
import { readableNotes } from './notes.js';
import { linksOf, people, personLinks, reachPerson, toLink, toPerson } from './person-store.js';
import {
  actorSchema,
  CASES_COLLECTION,
  caseRecord,
  id,
  NOTES_COLLECTION,
  noteRecord,
  PEOPLE_COLLECTION,
  POSSIBLE_DUPLICATES_COLLECTION,
  possibleDuplicateRecord,
  SHARES_COLLECTION,
  shareRecord,
  type Actor,
  type CaseDocument,
  type CaseNote,
  type CaseRecord,
  type CaseShare,
  type CaseTask,
  type PersonLink,
  type PersonRecord,
  type PersonView,
} from './records.js';
import { readableTasks, tasksOf } from './tasks.js';
import { mayReadPrivateEntry, PRIVATE_ENTRIES } from './timeline.js';

export const exportPersonSchema = z.strictObject({ personId: id('`personId`'), actor: actorSchema });
export const erasePersonSchema = z.strictObject({
  personId: id('`personId`'),
  /** Your reference for the request (pseudonymous: "ERASURE-2026-0042"), kept in the audit log. */
  requestReference: z.optional(id('`requestReference`')),
  actor: actorSchema,
});
export const retentionSchema = z.strictObject({ actor: actorSchema });

/** One audit entry as the export shows it: what happened and when, with the detail if it is still held. */
export interface ExportedEvent {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly fields: readonly string[];
  readonly metadata: JsonObject;
}

export interface ExportedCase {
  readonly id: string;
  readonly caseType: string;
  readonly relationship: string;
  readonly state: readonly string[];
  readonly openedAt: string;
  readonly fields: Readonly<Record<string, string | number | boolean>>;
  readonly notes: readonly CaseNote[];
  readonly tasks: readonly CaseTask[];
  readonly documents: readonly CaseDocument[];
  readonly shares: readonly CaseShare[];
  readonly history: readonly ExportedEvent[];
}

/** Everything one organisation holds on one person. */
export interface SubjectAccessExport {
  readonly exportedAt: string;
  readonly organisationId: string;
  /** The record asked about first, then any merged into it. */
  readonly people: readonly PersonView[];
  readonly links: readonly PersonLink[];
  readonly cases: readonly ExportedCase[];
  /** What happened to the person records themselves. */
  readonly history: readonly ExportedEvent[];
}

export interface ErasureResult {
  readonly peopleErased: number;
  readonly casesErased: readonly string[];
  readonly linksRemoved: number;
  /** Organisations whose own cases link to the person: tell them of the erasure. */
  readonly otherOrganisations: readonly string[];
}

export interface RetentionDue {
  readonly caseId: string;
  readonly caseType: string;
  /** The last day the case is kept. */
  readonly keepUntil: string;
}

export interface RightsMethods {
  /** Needs `subjectAccess`. JSON and a readable HTML page; the export itself is audited. */
  exportPerson(input: z.input<typeof exportPersonSchema>): Promise<{ readonly json: SubjectAccessExport; readonly html: string }>;
  /** Needs `erasePeople`. */
  erasePerson(input: z.input<typeof erasePersonSchema>): Promise<ErasureResult>;
  /** Cases of the actor's organisation whose retention period has run (`erasePeople`). */
  retentionDue(input: z.input<typeof retentionSchema>): Promise<readonly RetentionDue[]>;
  /** Erases every case `retentionDue` lists (`erasePeople`). */
  applyRetention(input: z.input<typeof retentionSchema>): Promise<readonly RetentionDue[]>;
}

const event = (entry: AuditEntry): ExportedEvent => ({
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  fields: entry.fields,
  metadata: entry.metadata,
});

/** The person and every record merged into it, the one asked about first. */
async function personAndMerged(handle: Store | Transaction, person: StoredRecord<PersonRecord>): Promise<StoredRecord<PersonRecord>[]> {
  const merged = await listAll((cursor) => people(handle).list({ where: { mergedInto: person.id }, limit: 500, ...after(cursor) }));
  return [person, ...merged];
}

/** Erases a case and everything kept with it: notes, tasks, documents and their bytes, shares and links. */
async function eraseCase(tx: Transaction, caseId: string, options: { actor: string; metadata: JsonObject }): Promise<number> {
  let links = 0;
  const byCase = { where: { caseId }, limit: 500 } as const;
  for (const note of await listAll((cursor) => tx.collection(NOTES_COLLECTION, noteRecord).list({ ...byCase, ...after(cursor) }))) {
    await tx.collection(NOTES_COLLECTION, noteRecord).erase(note.id, options);
  }
  for (const task of await listAll((cursor) => tasksOf(tx).list({ ...byCase, ...after(cursor) })))
    await tasksOf(tx).erase(task.id, options);
  for (const document of await listAll((cursor) => documentsOf(tx).list({ ...byCase, ...after(cursor) }))) {
    await documentContentOf(tx).erase(document.id, options);
    await documentsOf(tx).erase(document.id, options);
  }
  for (const share of await listAll((cursor) => tx.collection(SHARES_COLLECTION, shareRecord).list({ ...byCase, ...after(cursor) }))) {
    await tx.collection(SHARES_COLLECTION, shareRecord).erase(share.id, options);
  }
  for (const link of await listAll((cursor) => personLinks(tx).list({ ...byCase, ...after(cursor) }))) {
    await personLinks(tx).erase(link.id, options);
    links += 1;
  }
  // The work-queue index holds the case's names, date of birth and postcode as search keys.
  await eraseFromCaseIndex(tx, caseId, options);
  await tx.collection(CASES_COLLECTION, caseRecord).erase(caseId, options);
  return links;
}

/** The last day a case is kept under its type's retention rule, or undefined if it has none or has not started. */
function keepUntil(record: CaseRecord, retention: { years: number; days?: number | undefined; from?: 'closed' | 'opened' | undefined }) {
  const start = retention.from === 'opened' ? record.openedAt : (record.closedAt ?? null);
  if (start === null) return undefined;
  const [year, month, day] = toIsoDate(new Date(start)).split('-').map(Number) as [number, number, number];
  // Calendar years, then days: 29 February plus a year is 1 March.
  const end = new Date(Date.UTC(year + retention.years, month - 1, day + (retention.days ?? 0)));
  return end.toISOString().slice(0, 10);
}

export function rightsMethods(context: ServiceContext): RightsMethods {
  const { store, settings, now, clock, types } = context;

  const exportedCase = async (tx: Transaction, link: PersonLink, stored: StoredRecord<CaseRecord>, actor: Actor): Promise<ExportedCase> => {
    const record = stored.data;
    const caseType = context.typeOf(record);
    const access = await context.accessTo(tx, stored, actor);
    const owner = record.ownerOrganisationId === actor.organisationId;
    // What the organisation holds: everything on its own case; elsewhere the fields its team roles see and those shared with it.
    const teamRoles = record.team.filter((member) => member.organisationId === actor.organisationId).map((member) => member.role);
    const visible = new Set([...visibleFields(caseType, teamRoles), ...(access?.sharedFields ?? [])]);
    const fields = owner ? record.fields : Object.fromEntries(Object.entries(record.fields).filter(([name]) => visible.has(name)));
    const shares = (
      await listAll((cursor) =>
        tx.collection(SHARES_COLLECTION, shareRecord).list({ where: { caseId: stored.id }, limit: 500, ...after(cursor) }),
      )
    )
      .filter((share) => owner || share.data.organisationId === actor.organisationId)
      .map((share) => ({ id: share.id, ...share.data }));
    const entries = await listAll(async (cursor) => {
      const afterSeq = cursor === undefined ? 0 : Number(cursor);
      const page = await tx.audit.list({ collection: CASES_COLLECTION, recordId: stored.id, afterSeq, limit: 1000 });
      return { items: page, nextCursor: page.length === 1000 ? String(page.at(-1)?.seq ?? afterSeq) : undefined };
    });
    const history = entries
      .filter(
        (entry) => !PRIVATE_ENTRIES.has(entry.action) || mayReadPrivateEntry(entry.action, entry.metadata, record, actor.organisationId),
      )
      .map((entry) => ({ ...event(entry), fields: owner ? entry.fields : entry.fields.filter((field) => visible.has(field)) }));
    return {
      id: stored.id,
      caseType: record.caseType,
      relationship: link.relationship,
      state: record.state,
      openedAt: record.openedAt,
      fields,
      notes: await readableNotes(tx, stored.id, actor.organisationId),
      tasks: await readableTasks(tx, stored.id, actor.organisationId),
      documents: await readableDocuments(tx, stored, actor.organisationId),
      shares,
      history,
    };
  };

  const due = async (actor: Actor): Promise<RetentionDue[]> => {
    const today = toIsoDate(clock());
    const found: RetentionDue[] = [];
    for (const caseType of types.values()) {
      const retention = caseType.retention;
      if (retention === undefined) continue;
      const where = {
        caseType: caseType.id,
        ownerOrganisationId: actor.organisationId,
        ...(retention.from === 'opened' ? {} : { status: 'done' }),
      };
      const cases = await listAll((cursor) => store.collection(CASES_COLLECTION, caseRecord).list({ where, limit: 500, ...after(cursor) }));
      for (const stored of cases) {
        const until = keepUntil(stored.data, retention);
        if (until !== undefined && until < today) found.push({ caseId: stored.id, caseType: caseType.id, keepUntil: until });
      }
    }
    return found;
  };

  return {
    async exportPerson(input) {
      const args = parseInput(exportPersonSchema, input, { path: ['input'], codePrefix: 'cases.export' });
      assertServiceRole(settings, args.actor, 'subjectAccess');
      return store.transaction(async (tx) => {
        const { person } = await reachPerson(context, tx, args.personId, args.actor);
        const records = await personAndMerged(tx, person);
        const links: PersonLink[] = [];
        const cases: ExportedCase[] = [];
        const history: ExportedEvent[] = [];
        for (const record of records) {
          history.push(...(await tx.audit.list({ collection: PEOPLE_COLLECTION, recordId: record.id, limit: 1000 })).map(event));
          for (const link of await linksOf(tx, record.id)) {
            const stored = await tx.collection(CASES_COLLECTION, caseRecord).get(link.data.caseId);
            if (stored === undefined || (await context.accessTo(tx, stored, args.actor)) === undefined) continue;
            links.push(toLink(link));
            if (!cases.some((entry) => entry.id === stored.id)) cases.push(await exportedCase(tx, toLink(link), stored, args.actor));
          }
        }
        const json: SubjectAccessExport = {
          exportedAt: now(),
          organisationId: args.actor.organisationId,
          people: records.map(toPerson),
          links,
          cases,
          history: history.sort((a, b) => a.at.localeCompare(b.at)),
        };
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'person.exported',
          collection: PEOPLE_COLLECTION,
          recordId: person.id,
          metadata: { organisation: args.actor.organisationId, cases: cases.length, records: records.length },
        });
        return { json, html: exportHtml(json) };
      });
    },

    async erasePerson(input) {
      const args = parseInput(erasePersonSchema, input, { path: ['input'], codePrefix: 'cases.erase' });
      assertServiceRole(settings, args.actor, 'erasePeople');
      const options = {
        actor: args.actor.userId,
        metadata: {
          organisation: args.actor.organisationId,
          reason: 'erasure-request',
          ...(args.requestReference === undefined ? {} : { request: args.requestReference }),
        },
      };
      return store.transaction(async (tx) => {
        const person = await people(tx).get(args.personId);
        if (person === undefined || person.data.organisationId !== args.actor.organisationId) {
          throw new NotFoundError('cases.person_not_found', 'There is no person with this id that your organisation recorded', {
            path: ['input', 'personId'],
          });
        }
        const records = (await personAndMerged(tx, person)).filter((record) => record.data.organisationId === args.actor.organisationId);
        const casesErased: string[] = [];
        const others = new Set<string>();
        let linksRemoved = 0;
        for (const record of records) {
          for (const link of await linksOf(tx, record.id)) {
            const stored = await tx.collection(CASES_COLLECTION, caseRecord).get(link.data.caseId);
            if (
              stored !== undefined &&
              stored.data.ownerOrganisationId === args.actor.organisationId &&
              link.data.relationship === 'subject'
            ) {
              if (!casesErased.includes(stored.id)) {
                linksRemoved += await eraseCase(tx, stored.id, options);
                casesErased.push(stored.id);
              }
              continue;
            }
            if (stored !== undefined && stored.data.ownerOrganisationId !== args.actor.organisationId)
              others.add(stored.data.ownerOrganisationId);
            if ((await personLinks(tx).get(link.id)) !== undefined) {
              await personLinks(tx).erase(link.id, options);
              linksRemoved += 1;
            }
          }
          const queue = tx.collection(POSSIBLE_DUPLICATES_COLLECTION, possibleDuplicateRecord);
          for (const where of [{ personId: record.id }, { candidateId: record.id }] as Record<string, string>[]) {
            for (const entry of await listAll((cursor) => queue.list({ where, limit: 500, ...after(cursor) })))
              await queue.erase(entry.id, options);
          }
          await people(tx).erase(record.id, options);
        }
        return { peopleErased: records.length, casesErased, linksRemoved, otherOrganisations: [...others].sort() };
      });
    },

    async retentionDue(input) {
      const args = parseInput(retentionSchema, input, { path: ['input'], codePrefix: 'cases.retention' });
      assertServiceRole(settings, args.actor, 'erasePeople');
      return due(args.actor);
    },

    async applyRetention(input) {
      const args = parseInput(retentionSchema, input, { path: ['input'], codePrefix: 'cases.retention' });
      assertServiceRole(settings, args.actor, 'erasePeople');
      const expired = await due(args.actor);
      for (const entry of expired) {
        await store.transaction((tx) =>
          eraseCase(tx, entry.caseId, {
            actor: args.actor.userId,
            metadata: { organisation: args.actor.organisationId, reason: 'retention', keepUntil: entry.keepUntil },
          }),
        );
      }
      return expired;
    },
  };
}

/** The export as a page a person can read: headings, lists and tables, every value escaped. */
export function exportHtml(data: SubjectAccessExport): string {
  const text = (value: unknown) => escapeHtml(typeof value === 'string' ? value : JSON.stringify(value));
  const rows = (entries: readonly (readonly [string, unknown])[]) =>
    `<table class="govuk-table"><tbody>${entries
      .map(
        ([key, value]) =>
          `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${text(key)}</th><td class="govuk-table__cell">${text(value ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const list = (items: readonly string[]) =>
    items.length === 0
      ? '<p class="govuk-body">None.</p>'
      : `<ul class="govuk-list govuk-list--bullet">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const history = (events: readonly ExportedEvent[]) =>
    list(
      events.map(
        (entry) =>
          `${text(entry.at)}: ${text(entry.action)} by ${text(entry.actor)}${entry.fields.length > 0 ? ` (${text(entry.fields.join(', '))})` : ''}`,
      ),
    );
  const person = (view: PersonView) =>
    rows([
      ['Given name', view.givenName],
      ['Family name', view.familyName],
      ['Other names', view.otherNames.join(', ')],
      ['Date of birth', view.dateOfBirth],
      ['Postcode', view.postcode],
      ['Recorded', `${view.recordedAt} (${view.source})`],
      ['Status', view.mergedInto === null ? view.status : `${view.status} into ${view.mergedInto}`],
    ]);
  const caseSection = (entry: ExportedCase) => `
<section>
<h2 class="govuk-heading-m">Case ${text(entry.id)} (${text(entry.caseType)})</h2>
${rows([
  ['Your link to the case', entry.relationship],
  ['Opened', entry.openedAt],
  ['Where it is now', entry.state.join(' / ')],
  ...Object.entries(entry.fields),
])}
<h3 class="govuk-heading-s">Notes</h3>
${list(entry.notes.map((note) => `${text(note.createdAt)}: ${text(note.body)}`))}
<h3 class="govuk-heading-s">Tasks</h3>
${list(entry.tasks.map((task) => `${text(task.title)}: ${text(task.status)}, due ${text(task.dueDate)}`))}
<h3 class="govuk-heading-s">Documents</h3>
${list(entry.documents.map((document) => `${text(document.filename)} (${text(document.contentType)}, ${text(document.size)} bytes)`))}
<h3 class="govuk-heading-s">Shared with other organisations</h3>
${list(entry.shares.map((share) => `${text(share.organisationId)} from ${text(share.grantedAt)}: ${share.basis.kind === 'consent' ? `consent given by ${text(share.basis.givenBy)} on ${text(share.basis.givenAt)}: “${text(share.basis.wording)}”` : `legal basis ${text(share.basis.basis)}: ${text(share.basis.detail)}`}${share.active ? '' : ' (ended)'}`))}
<h3 class="govuk-heading-s">What happened</h3>
${history(entry.history)}
</section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>What we hold about you</title></head>
<body class="govuk-template__body">
<main class="govuk-main-wrapper" id="main-content">
<h1 class="govuk-heading-l">What we hold about you</h1>
<p class="govuk-body">Exported by ${text(data.organisationId)} on ${text(data.exportedAt)}.</p>
${data.people.map((view) => `<section><h2 class="govuk-heading-m">Your record ${text(view.id)}</h2>${person(view)}</section>`).join('\n')}
<h2 class="govuk-heading-m">What happened to your record</h2>
${history(data.history)}
${data.cases.map(caseSection).join('\n')}
</main>
</body>
</html>
`;
}
