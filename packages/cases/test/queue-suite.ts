/**
 * Work queues, search and SLA figures over the work-queue index, run on the
 * memory store and on PGlite. Each test makes its cases in a fresh store.
 */
import { ValidationError } from '@civicbricks/core/errors';
import type { Store } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { slaFigures } from '../src/figures/index.js';
import { QUEUE_ENTRIES_COLLECTION, queueEntrySchema, SEARCH_KEYS_COLLECTION, searchKeySchema, type Viewer } from '../src/queues/index.js';
import type { Actor } from '../src/service/index.js';
import { queueClock, queuedEarlyHelp, queuedService } from './queue-fixtures.js';

const caseworker: Actor = { userId: 'staff-c1', organisationId: 'council', roles: ['caseworker'] };
const manager: Actor = { userId: 'staff-m1', organisationId: 'council', roles: ['manager'] };
const nurse: Actor = { userId: 'nhs-n1', organisationId: 'nhs-trust', roles: ['manager'] };

const families = {
  sam: { childName: 'Sam Jones', dateOfBirth: '2015-02-28', postcode: 'CF10 1AA', concern: 'school-attendance' },
  sian: { childName: 'Siân O’Neill', dateOfBirth: '2016-05-01', postcode: 'cf10 4ab', concern: 'domestic-abuse' },
  amy: { childName: 'Amy Jonas', dateOfBirth: '2015-02-28', postcode: 'CF14 2XY', concern: 'neglect' },
  zoe: { childName: 'Zoë Smith-Jones', dateOfBirth: '2014-01-01', postcode: 'CF24 3AA', concern: 'other' },
  tom: { childName: 'Tom Price', dateOfBirth: '2013-06-06', postcode: 'NP20 1AB', concern: 'neglect' },
  jo: { childName: 'Jo Jones', dateOfBirth: '2012-12-12', postcode: 'NP10 8XG', concern: 'other' },
} as const;

type Family = keyof typeof families;

async function seeded(store: Store) {
  const clock = queueClock('2026-12-18T10:00:00Z');
  const { cases, queues } = queuedService(store, clock.now);
  await queues.ensureIndexes();
  const ids = {} as Record<Family, string>;
  const days: Record<Family, string> = { sam: '02', sian: '03', amy: '04', zoe: '05', tom: '06', jo: '09' };
  for (const family of Object.keys(families) as Family[]) {
    const opened = await cases.open({
      caseType: 'early-help',
      fields: families[family],
      submittedAt: `2026-11-${days[family]}T09:00:00Z`,
      actor: caseworker,
    });
    ids[family] = opened.id;
  }
  return { cases, queues, ids, clock };
}

const refs = (page: { readonly items: readonly { readonly id: string }[] }) => page.items.map((row) => row.id);

export function runQueueSuite(name: string, storeFor: () => Promise<Store>): void {
  describe(`work queues on ${name}`, () => {
    const central: Viewer = { ...manager, teams: ['cardiff-central', 'cardiff-bay'] };

    it('pages a patch queue by due date with the total, and shows the fields the viewer’s roles see', async () => {
      const { queues, ids } = await seeded(await storeFor());
      const first = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer: central });
      expect(refs(first)).toEqual([ids.sam, ids.sian]);
      expect(first).toMatchObject({ total: 2, page: 1, pageSize: 2, pageCount: 1, sort: { column: 'dueDate', direction: 'asc' } });
      expect(first.items[0]?.cells).toEqual({
        reference: ids.sam,
        'field:childName': 'Sam Jones',
        'field:postcode': 'CF10 1AA',
        patch: 'cardiff-central',
        dueDate: '2026-11-30',
        submittedAt: '2026-11-02T09:00:00.000Z',
      });
      // The sector CF10 4 is the bay's, though the district CF10 is central's.
      expect(first.items[1]?.cells['patch']).toBe('cardiff-bay');
      const wider: Viewer = { ...central, teams: ['cardiff-central', 'cardiff-bay', 'cardiff-north'] };
      const second = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer: wider, page: 2 });
      expect(refs(second)).toEqual([ids.amy]);
      expect(second).toMatchObject({ total: 3, page: 2, pageCount: 2 });
      expect(
        (await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer: { ...manager, teams: ['vale'] } })).items.map(
          (row) => row.cells['patch'],
        ),
      ).toEqual(['vale']);
      expect(await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer: manager })).toMatchObject({ items: [], total: 0 });
      expect(refs(await queues.page({ caseType: 'early-help', queue: 'unpatched', viewer: manager }))).toEqual([ids.jo, ids.tom].sort());
    });

    it('sorts by a header link, which always goes back to page 1', async () => {
      const { queues, ids } = await seeded(await storeFor());
      const viewer: Viewer = { ...central, teams: ['cardiff-central', 'cardiff-bay', 'cardiff-north'] };
      const page = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer, page: 2 });
      const byColumn = Object.fromEntries(page.headers.map((header) => [header.column, header]));
      expect(byColumn['dueDate']).toMatchObject({
        sortable: true,
        ariaSort: 'ascending',
        link: { sort: 'dueDate', direction: 'desc', page: 1 },
      });
      expect(byColumn['submittedAt']).toMatchObject({ ariaSort: 'none', link: { sort: 'submittedAt', direction: 'asc', page: 1 } });
      expect(byColumn['field:childName']).toMatchObject({ sortable: false, link: undefined });
      const link = byColumn['submittedAt']?.link;
      const sorted = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer, ...link, direction: 'desc' });
      expect(refs(sorted)).toEqual([ids.amy, ids.sian]);
      expect(sorted.page).toBe(1);
      const reversed = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer, sort: 'dueDate', direction: 'desc' });
      expect(refs(reversed)).toEqual([ids.amy, ids.sian]);
    });

    it('keeps the index in step: lead, state, flags, team and SLA changes move cases between queues', async () => {
      const { cases, queues, ids } = await seeded(await storeFor());
      const queue = (name: string, viewer: Viewer) => queues.page({ caseType: 'early-help', queue: name, viewer });
      await cases.allocateLead({
        caseId: ids.sam,
        expectedVersion: 1,
        lead: { userId: 'staff-c1', organisationId: 'council', role: 'caseworker' },
        actor: manager,
      });
      expect(refs(await queue('toAllocate', central))).toEqual([ids.sian]);
      expect(refs(await queue('mine', caseworker))).toEqual([ids.sam]);
      expect((await queue('mine', caseworker)).items[0]?.cells['state']).toBe('referred');
      expect(refs(await queue('overdue', manager))).toEqual([ids.sam, ids.sian, ids.amy, ids.zoe, ids.tom, ids.jo]);
      // Accepted and assessed: the SLA is met, so the case has no running due date and is not overdue.
      await cases.takeAction({ caseId: ids.sam, action: 'accept', expectedVersion: 2, actor: manager });
      await cases.takeAction({ caseId: ids.sam, action: 'completeAssessment', expectedVersion: 3, actor: manager });
      expect(refs(await queue('overdue', manager))).toEqual([ids.sian, ids.amy, ids.zoe, ids.tom, ids.jo]);
      expect((await queue('mine', caseworker)).items[0]?.cells).toMatchObject({ state: 'planning', dueDate: null });
      await cases.setFlags({ caseId: ids.tom, expectedVersion: 1, flags: ['safeguarding'], actor: manager });
      expect(refs(await queue('urgent', manager))).toEqual([ids.tom]);
      expect(refs(await queue('all', nurse))).toEqual([]);
      await cases.addTeamMember({
        caseId: ids.sian,
        expectedVersion: 1,
        member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
        actor: manager,
      });
      expect(refs(await queue('all', nurse))).toEqual([ids.sian]);
      await cases.removeTeamMember({ caseId: ids.sian, expectedVersion: 2, userId: 'nhs-n1', actor: manager });
      expect(refs(await queue('all', nurse))).toEqual([]);
    });

    it('routes by skill: a case needing a skill reaches only workers who have it', async () => {
      const { queues, ids } = await seeded(await storeFor());
      const general = await queues.page({ caseType: 'early-help', queue: 'specialist', viewer: manager });
      expect(refs(general)).toEqual([ids.jo, ids.tom, ids.zoe, ids.amy, ids.sam]);
      const trained = await queues.page({
        caseType: 'early-help',
        queue: 'specialist',
        viewer: { ...manager, skills: ['domestic-abuse'] },
      });
      expect(refs(trained)).toEqual([ids.jo, ids.tom, ids.zoe, ids.amy, ids.sian, ids.sam]);
      expect(trained.items.find((row) => row.id === ids.sian)?.cells['skill']).toBe('domestic-abuse');
    });

    it('finds a person no more once they are erased: their queue entry and search keys go with their case', async () => {
      const store = await storeFor();
      const { cases, queues } = queuedService(store, queueClock('2026-12-18T10:00:00Z').now);
      const person = await cases.recordPerson({
        person: { givenName: 'Erin', familyName: 'Quill', dateOfBirth: '2015-03-09', postcode: 'CF10 1AA' },
        source: 'staff',
        actor: caseworker,
      });
      const opened = await cases.open({
        caseType: 'early-help',
        fields: { childName: 'Erin Quill', dateOfBirth: '2015-03-09', postcode: 'CF10 1AA', concern: 'neglect' },
        submittedAt: '2026-12-18T09:00:00Z',
        actor: caseworker,
      });
      await cases.linkPerson({ caseId: opened.id, expectedVersion: 1, personId: person.id, relationship: 'subject', actor: caseworker });
      expect((await queues.search({ viewer: caseworker, name: 'erin quill' })).items.map((row) => row.id)).toEqual([opened.id]);

      await cases.erasePerson({ personId: person.id, actor: { userId: 'dpo-1', organisationId: 'council', roles: ['data-protection'] } });
      expect((await queues.search({ viewer: caseworker, name: 'erin quill' })).items).toEqual([]);
      expect((await queues.search({ viewer: caseworker, dateOfBirth: '2015-03-09' })).items).toEqual([]);
      expect((await store.collection(SEARCH_KEYS_COLLECTION, searchKeySchema).list({ where: { caseId: opened.id } })).items).toEqual([]);
      expect(await store.collection(QUEUE_ENTRIES_COLLECTION, queueEntrySchema).get(opened.id)).toBeUndefined();
      expect((await store.verifyAuditChain()).ok).toBe(true);
    });

    it('shows another organisation only the cases it is on, the fields its role sees and the notes shared with it', async () => {
      const store = await storeFor();
      const { cases, queues, ids, clock } = await seeded(store);
      await cases.addTeamMember({
        caseId: ids.sian,
        expectedVersion: 1,
        member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
        actor: manager,
      });
      // Notes reach another organisation only on a recorded basis.
      for (const [organisationId, expectedVersion] of [
        ['nhs-trust', 2],
        ['police', 3],
      ] as const) {
        await cases.shareCase({
          caseId: ids.sian,
          expectedVersion,
          organisationId,
          fields: [],
          basis: { kind: 'legal', basis: 'safeguarding', detail: 'Risk of harm to the child' },
          actor: manager,
        });
      }
      clock.set('2026-12-18T11:00:00Z');
      await cases.addNote({ caseId: ids.sian, body: 'Shared with the trust', sharedWith: ['nhs-trust'], actor: caseworker });
      clock.set('2026-12-18T12:00:00Z');
      await cases.addNote({ caseId: ids.sian, body: 'Council only', sharedWith: [], actor: caseworker });
      clock.set('2026-12-18T13:00:00Z');
      await cases.addNote({ caseId: ids.sian, body: 'For the police', sharedWith: ['police'], actor: caseworker });
      const page = await queues.page({ caseType: 'early-help', queue: 'all', viewer: nurse });
      expect(refs(page)).toEqual([ids.sian]);
      expect(page.items[0]?.cells).toMatchObject({
        'field:childName': 'Siân O’Neill',
        'field:dateOfBirth': '2016-05-01',
        'field:postcode': null,
        'field:concern': 'domestic-abuse',
        latestNote: { preview: 'Shared with the trust', organisationId: 'council' },
      });
      // The trust's view of the row is in the audit log; the council's own staff's views are not.
      const views = async () =>
        (await store.audit.list({ collection: 'cases.case', recordId: ids.sian, limit: 1000 })).filter(
          (entry) => entry.action === 'case.viewed',
        );
      expect((await views()).filter((entry) => entry.metadata['what'] === 'queue:all')).toMatchObject([
        { actor: 'nhs-n1', metadata: { organisation: 'nhs-trust', via: 'team', what: 'queue:all' } },
      ]);
      const council = await queues.page({ caseType: 'early-help', queue: 'all', viewer: caseworker });
      expect((await views()).filter((entry) => entry.metadata['what'] === 'queue:all')).toHaveLength(1);
      expect(council.total).toBe(6);
      expect(council.items.find((row) => row.id === ids.sian)?.cells['latestNote']).toMatchObject({ preview: 'For the police' });
      expect(council.items.find((row) => row.id === ids.sam)?.cells['latestNote']).toBeNull();
      // A viewer role that sees only the concern.
      const viewer = await queues.page({ caseType: 'early-help', queue: 'all', viewer: { ...caseworker, roles: ['viewer'] } });
      expect(viewer.items.find((row) => row.id === ids.sam)?.cells).toMatchObject({
        'field:childName': null,
        'field:postcode': null,
        'field:concern': 'school-attendance',
      });
    });

    it('searches by name in any word order, ignoring case, accents and apostrophes; by date of birth, postcode and reference', async () => {
      const { cases, queues, ids } = await seeded(await storeFor());
      const search = async (input: Record<string, string>, viewer: Viewer = caseworker) =>
        refs(await queues.search({ viewer, ...input })).sort();
      for (const name of ['sian oneill', "SIAN O'NEILL", 'oneill', 'O’Neill Siân', 'siân o']) {
        expect(await search({ name })).toEqual([ids.sian]);
      }
      expect(await search({ name: 'jones' })).toEqual([ids.sam, ids.zoe, ids.jo].sort());
      // "Jo Jones" is found by both orders of her name, and counted once.
      const jo = await queues.search({ viewer: caseworker, name: 'jo' });
      expect(refs(jo).sort()).toEqual([ids.sam, ids.amy, ids.zoe, ids.jo].sort());
      expect(jo.total).toBe(4);
      expect(await search({ name: 'jo', dateOfBirth: '2015-02-28' })).toEqual([ids.sam, ids.amy].sort());
      expect(await search({ dateOfBirth: '2015-02-28' })).toEqual([ids.sam, ids.amy].sort());
      expect(await search({ postcode: 'cf10' })).toEqual([ids.sam, ids.sian].sort());
      expect(await search({ postcode: 'CF10 4AB' })).toEqual([ids.sian]);
      expect(await search({ name: 'smith jones', postcode: 'CF24' })).toEqual([ids.zoe]);
      expect(await search({ name: 'smith jones', postcode: 'CF10' })).toEqual([]);
      expect(await search({ reference: ids.tom.toLowerCase() })).toEqual([ids.tom]);
      expect(await search({ name: 'nobody' })).toEqual([]);
      // Another organisation finds only cases it is on.
      expect(await search({ name: 'sian' }, nurse)).toEqual([]);
      expect(await search({ reference: ids.sian }, nurse)).toEqual([]);
      await cases.addTeamMember({
        caseId: ids.sian,
        expectedVersion: 1,
        member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
        actor: manager,
      });
      expect(await search({ name: 'sian' }, nurse)).toEqual([ids.sian]);
      // A name changed by a manager is found by its new form only.
      await cases.changeFields({ caseId: ids.tom, expectedVersion: 1, fields: { childName: 'Tomos Prys' }, actor: manager });
      expect(await search({ name: 'tom price' })).toEqual([]);
      expect(await search({ name: 'prys' })).toEqual([ids.tom]);
      const error = await queues.search({ viewer: caseworker, name: '  ' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe('cases.search.nothing_to_search');
    });

    it('refuses unknown queues and case types, with the path', async () => {
      const { queues } = await seeded(await storeFor());
      const refused = (input: Parameters<typeof queues.page>[0]) =>
        queues.page(input).catch((caught: unknown) => caught as ValidationError);
      expect(await refused({ caseType: 'early-help', queue: 'nope', viewer: manager })).toMatchObject({
        code: 'cases.queue.unknown_queue',
        path: ['input', 'queue'],
      });
      expect(await refused({ caseType: 'other', queue: 'all', viewer: manager })).toMatchObject({ code: 'cases.unknown_case_type' });
      expect(await refused({ caseType: 'early-help', queue: 'all', viewer: manager, page: 0 })).toMatchObject({ path: ['input', 'page'] });
      expect(await refused({ caseType: 'early-help', queue: 'all', viewer: manager, sort: 'field:childName' as never })).toMatchObject({
        path: ['input', 'sort'],
      });
    });

    it('computes SLA figures from a seeded history with known answers', async () => {
      const store = await storeFor();
      const clock = queueClock('2026-11-02T09:00:00Z');
      const { cases } = queuedService(store, clock.now);
      const open = async (submittedAt: string) =>
        (await cases.open({ caseType: 'early-help', fields: families.sam, submittedAt, actor: caseworker })).id;
      const one = await open('2026-11-02T09:00:00Z');
      const two = await open('2026-11-02T09:00:00Z');
      const four = await open('2026-11-02T09:00:00Z');
      for (const id of [one, two, four]) await cases.takeAction({ caseId: id, action: 'accept', expectedVersion: 1, actor: manager });
      clock.set('2026-11-09T09:00:00Z');
      const three = await open('2026-11-09T09:00:00Z');
      clock.set('2026-11-10T15:00:00Z');
      await cases.takeAction({ caseId: three, action: 'decline', expectedVersion: 1, actor: manager });
      clock.set('2026-11-16T10:00:00Z');
      await cases.takeAction({ caseId: one, action: 'completeAssessment', expectedVersion: 2, actor: manager });
      clock.set('2026-12-01T10:00:00Z');
      await cases.takeAction({ caseId: two, action: 'completeAssessment', expectedVersion: 2, actor: manager });
      clock.set('2026-12-10T09:00:00Z');
      await open('2026-12-10T09:00:00Z');
      // Another organisation's case, left out when figures are for the council only.
      await cases.open({ caseType: 'early-help', fields: families.amy, submittedAt: '2026-11-02T09:00:00Z', actor: nurse });

      const figures = await slaFigures({
        store,
        caseType: queuedEarlyHelp,
        at: new Date('2026-12-18T12:00:00Z'),
        ownerOrganisationId: 'council',
      });
      // Cases 1 and 2 are in support (open, SLA met), 3 was declined (closed), 4 is still being assessed, 5 is new.
      expect(figures).toEqual({
        caseType: 'early-help',
        asOf: '2026-12-18',
        open: 4,
        overdue: 1,
        rules: [
          {
            rule: 'assessment',
            label: 'Assess within 20 working days of the referral',
            workingDays: 20,
            running: 2,
            overdue: 1,
            decided: 3,
            decidedWithin: 2,
            shareWithin: 2 / 3,
            // 10 working days (2 to 16 November), 21 (2 November to 1 December), 1 (9 to 10 November).
            timeToDecision: { median: 10, mean: 32 / 3, longest: 21 },
          },
        ],
      });
      const later = await slaFigures({ store, caseType: queuedEarlyHelp, at: new Date('2026-12-18T12:00:00Z'), decidedFrom: '2026-11-11' });
      expect(later.rules[0]).toMatchObject({
        decided: 2,
        decidedWithin: 1,
        shareWithin: 0.5,
        timeToDecision: { median: 15.5, longest: 21 },
      });
      const before = await slaFigures({ store, caseType: queuedEarlyHelp, at: new Date('2026-11-20T12:00:00Z'), decidedTo: '2026-11-10' });
      expect(before.rules[0]).toMatchObject({ decided: 1, decidedWithin: 1, overdue: 0 });
      const error = await slaFigures({ store, caseType: queuedEarlyHelp, decidedFrom: '2026-12-01', decidedTo: '2026-11-01' }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'cases.figures.period' });
    });
  });
}
