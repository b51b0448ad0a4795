/**
 * Possible duplicates through the case service (memory store): every way a
 * person is recorded is checked, matches wait in a queue for a person to
 * decide, and a merge keeps both records and both histories.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { caseworker, earlyHelp, family, manualClock } from './service-suite.js';

const steward: Actor = { userId: 'staff-d1', organisationId: 'council', roles: ['data-steward'] };
const journey: Actor = { userId: 'journey-referral', organisationId: 'council', roles: ['journey'] };
const charityWorker: Actor = { userId: 'ch-1', organisationId: 'charity', roles: ['caseworker'] };
const clock = manualClock('2026-12-08T10:00:00Z');
const john = { givenName: 'John', familyName: "O'Neill", dateOfBirth: '1984-03-12', postcode: 'CF10 1AA' };

let store: Store;
let cases: CaseService;
beforeEach(async () => {
  store = await createStore({ adapter: 'memory' });
  cases = createCaseService({
    store,
    caseTypes: [earlyHelp],
    clock: clock.now,
    serviceRoles: { recordPeople: ['caseworker', 'journey'], decideDuplicates: ['data-steward'] },
  });
});

describe('possible duplicates', () => {
  it('are raised on a journey submission, staff entry and an import, into the queue of the organisation that recorded the person', async () => {
    const held = await cases.recordPerson({ person: john, source: 'staff', actor: caseworker });
    expect(held.possibleDuplicates).toBe(0);
    const submitted = await cases.recordPerson({
      person: { ...john, givenName: 'Jon', familyName: 'ONeill' },
      source: 'journey',
      actor: journey,
    });
    expect(submitted.possibleDuplicates).toBe(1);
    const imported = await cases.importPeople({
      people: [
        { givenName: "O'Neill", familyName: 'John', dateOfBirth: '1984-03-12', postcode: 'NP20 4AB' },
        { givenName: 'Mary', familyName: "O'Neill", dateOfBirth: '1952-08-30', postcode: 'CF10 1AA' },
      ],
      actor: caseworker,
    });
    // Swapped names and a new postcode match John; with Jon as well it falls short. Mary, at the same address, matches no one.
    expect(imported.map((person) => person.possibleDuplicates)).toEqual([1, 0]);
    expect(imported.map((person) => person.source)).toEqual(['import', 'import']);

    await expect(cases.listPossibleDuplicates({ actor: caseworker })).rejects.toMatchObject({
      code: 'cases.forbidden',
      action: 'decideDuplicates',
    });
    const queue = await cases.listPossibleDuplicates({ actor: steward });
    expect(queue.map((pair) => [pair.person.id, pair.candidate.id, pair.duplicate.source])).toEqual([
      [submitted.id, held.id, 'journey'],
      [imported[0]!.id, held.id, 'import'],
    ]);
    expect(queue[0]!.duplicate.reasons).toEqual(['family-name', 'given-name-variant', 'date-of-birth', 'postcode']);
    // Nothing merged by itself.
    expect((await cases.getPerson(submitted.id, caseworker)).status).toBe('active');
    const entry = (await store.audit.list({ recordId: submitted.id })).find((found) => found.action === 'person.possible_duplicate')!;
    expect(JSON.stringify(entry.metadata)).not.toMatch(/Jon|Neill|1984|CF10/);

    // The charity's record of the same man is not matched against the council's people, which it cannot see.
    expect((await cases.recordPerson({ person: john, source: 'staff', actor: charityWorker })).possibleDuplicates).toBe(0);
  });

  it('merge only when a person decides, keeping both records, both histories and every case link', async () => {
    const held = await cases.recordPerson({ person: john, source: 'staff', actor: caseworker });
    const first = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await cases.linkPerson({ caseId: first.id, expectedVersion: 1, personId: held.id, relationship: 'parent', actor: caseworker });
    const submitted = await cases.recordPerson({ person: { ...john, givenName: 'Jon' }, source: 'journey', actor: journey });
    const second = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await cases.linkPerson({ caseId: second.id, expectedVersion: 1, personId: submitted.id, relationship: 'parent', actor: caseworker });
    const [pair] = await cases.listPossibleDuplicates({ actor: steward });

    await expect(
      cases.decideDuplicate({
        duplicateId: pair!.duplicate.id,
        expectedVersion: 1,
        decision: 'merge',
        keep: 'someone-else',
        actor: steward,
      }),
    ).rejects.toMatchObject({ code: 'cases.duplicate.keep' });
    const merged = await cases.decideDuplicate({
      duplicateId: pair!.duplicate.id,
      expectedVersion: 1,
      decision: 'merge',
      keep: held.id,
      actor: steward,
    });
    expect(merged).toMatchObject({ status: 'merged', keptId: held.id, decidedBy: 'staff-d1' });
    await expect(
      cases.decideDuplicate({ duplicateId: pair!.duplicate.id, expectedVersion: 1, decision: 'distinct', actor: steward }),
    ).rejects.toMatchObject({ code: 'cases.duplicate.decided' });

    expect(await cases.getPerson(submitted.id, caseworker)).toMatchObject({ status: 'merged', mergedInto: held.id, givenName: 'Jon' });
    const whole = await cases.personView({ personId: held.id, actor: caseworker });
    expect(whole.cases.map((entry) => entry.case.id)).toEqual([first.id, second.id]);
    // Each record keeps its own history; the merge is in both.
    expect((await store.audit.list({ recordId: submitted.id })).map((entry) => entry.action)).toEqual([
      'person.recorded',
      'person.possible_duplicate',
      'person.merged',
    ]);
    expect((await store.audit.list({ recordId: held.id })).map((entry) => entry.action)).toEqual(['person.recorded', 'person.merged']);
    await expect(
      cases.linkPerson({ caseId: first.id, expectedVersion: 2, personId: submitted.id, relationship: 'carer', actor: caseworker }),
    ).rejects.toMatchObject({ code: 'cases.person_merged' });
  });

  it('are set aside as two people when a person says so, and the matching is configurable', async () => {
    const strict = createCaseService({
      store,
      caseTypes: [earlyHelp],
      serviceRoles: { recordPeople: ['caseworker'], decideDuplicates: ['data-steward'] },
      matching: { threshold: 0.99 },
    });
    await strict.recordPerson({ person: john, source: 'staff', actor: caseworker });
    expect(
      (await strict.recordPerson({ person: { ...john, givenName: 'Jon' }, source: 'staff', actor: caseworker })).possibleDuplicates,
    ).toBe(0);
    expect((await strict.recordPerson({ person: john, source: 'staff', actor: caseworker })).possibleDuplicates).toBe(1);
    const [pair] = await strict.listPossibleDuplicates({ actor: steward });
    const decided = await strict.decideDuplicate({
      duplicateId: pair!.duplicate.id,
      expectedVersion: 1,
      decision: 'distinct',
      actor: steward,
    });
    expect(decided.status).toBe('distinct');
    expect(await strict.listPossibleDuplicates({ actor: steward })).toEqual([]);
    expect(await strict.listPossibleDuplicates({ actor: steward, status: 'distinct' })).toHaveLength(1);
    expect(() => createCaseService({ store, caseTypes: [earlyHelp], matching: { threshold: 2 } })).toThrow(/threshold/);
  });
});
