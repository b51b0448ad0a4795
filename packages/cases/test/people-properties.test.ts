/**
 * Properties of the whole-person queries on the memory store: a note shared
 * with nobody never reaches another organisation through the person view, the
 * timeline or a subject access export; and after erasure no query returns
 * anything of the person while the audit chain verifies.
 */
import { isCivicError } from '@civicbricks/core/errors';
import { createStore, type Store } from '@civicbricks/storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { caseworker, earlyHelp, family, manualClock, nurse, shareOnConsent } from './service-suite.js';

const police: Actor = { userId: 'pol-1', organisationId: 'police', roles: [] };
const authors: Actor[] = [caseworker, nurse, police];
const organisations = ['council', 'nhs-trust', 'police'];
// Each organisation's data protection officer, for the export.
const officers: Actor[] = organisations.map((organisationId) => ({
  userId: `dpo-${organisationId}`,
  organisationId,
  roles: ['data-protection'],
}));
const viewers: Actor[] = [
  { userId: 'staff-v1', organisationId: 'council', roles: ['viewer'] },
  { userId: 'nhs-n7', organisationId: 'nhs-trust', roles: [] },
  { userId: 'pol-2', organisationId: 'police', roles: [] },
];

async function setUp(): Promise<{ store: Store; cases: CaseService; personId: string; caseId: string }> {
  const store = await createStore({ adapter: 'memory' });
  const cases = createCaseService({
    store,
    caseTypes: [earlyHelp],
    clock: manualClock('2026-12-08T10:00:00Z').now,
    serviceRoles: { recordPeople: ['caseworker'], subjectAccess: ['data-protection'], erasePeople: ['data-protection'] },
  });
  const person = await cases.recordPerson({
    person: { givenName: 'Sam', familyName: 'Jones', dateOfBirth: '2015-02-28' },
    source: 'staff',
    actor: caseworker,
  });
  const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
  await cases.linkPerson({ caseId: opened.id, expectedVersion: 1, personId: person.id, relationship: 'subject', actor: caseworker });
  await cases.addTeamMember({
    caseId: opened.id,
    expectedVersion: 2,
    member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
    actor: caseworker,
  });
  await cases.addTeamMember({
    caseId: opened.id,
    expectedVersion: 3,
    member: { userId: 'pol-1', organisationId: 'police', role: 'partner' },
    actor: caseworker,
  });
  await shareOnConsent(cases, opened.id, 4, 'nhs-trust');
  await shareOnConsent(cases, opened.id, 5, 'police');
  return { store, cases, personId: person.id, caseId: opened.id };
}

const notes = fc.array(fc.record({ author: fc.constantFrom(...authors), sharedWith: fc.subarray(organisations) }), { maxLength: 6 });

describe('the whole-person queries', () => {
  it('never give another organisation a note shared with nobody: not in the person view, the timeline or the export', async () => {
    await fc.assert(
      fc.asyncProperty(notes, async (written) => {
        const { cases, personId, caseId } = await setUp();
        const added = [];
        for (const [index, note] of written.entries()) {
          added.push(await cases.addNote({ caseId, body: `private note ${index}`, sharedWith: note.sharedWith, actor: note.author }));
        }
        for (const [index, viewer] of viewers.entries()) {
          const organisation = viewer.organisationId;
          const readable = added.filter((note) => note.organisationId === organisation || note.sharedWith.includes(organisation));
          const hidden = added.filter((note) => note.sharedWith.length === 0 && note.organisationId !== organisation);
          const view = await cases.personView({ personId, actor: viewer });
          const timeline = (await cases.timeline({ caseId, actor: viewer, limit: 500 })).items;
          const exported = await cases.exportPerson({ personId, actor: officers[index]! });
          expect(view.cases.flatMap((entry) => entry.notes.map((note) => note.id))).toEqual(readable.map((note) => note.id));
          expect(exported.json.cases.flatMap((entry) => entry.notes.map((note) => note.id))).toEqual(readable.map((note) => note.id));
          const outputs = JSON.stringify([view, timeline, exported.json]) + exported.html;
          for (const note of hidden) {
            expect(outputs).not.toContain(note.id);
            expect(outputs).not.toContain(`${note.body}<`);
            expect(outputs).not.toContain(`"${note.body}"`);
          }
        }
      }),
      { seed: 1417, numRuns: 25 },
    );
  });

  it('return nothing of a person once erased, whatever was held, and the audit chain verifies', async () => {
    await fc.assert(
      fc.asyncProperty(notes, fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 3 }), async (written, tasks) => {
        const { store, cases, personId, caseId } = await setUp();
        for (const [index, note] of written.entries()) {
          await cases.addNote({ caseId, body: `secret note ${index}`, sharedWith: note.sharedWith, actor: note.author });
        }
        for (const [index, days] of tasks.entries()) {
          await cases.addTask({ caseId, title: `secret task ${index}`, dueInWorkingDays: days, actor: caseworker });
        }
        await cases.erasePerson({ personId, actor: officers[0]! });
        for (const viewer of [caseworker, nurse, police, ...viewers]) {
          for (const attempt of [
            () => cases.getPerson(personId, viewer),
            () => cases.personView({ personId, actor: viewer }),
            () => cases.get(caseId, viewer),
            () => cases.listNotes({ caseId, actor: viewer }),
            () => cases.timeline({ caseId, actor: viewer }),
            () => cases.listTasks({ caseId, actor: viewer }),
          ]) {
            await expect(attempt()).rejects.toSatisfy((error: unknown) => isCivicError(error) && error.code.endsWith('not_found'));
          }
        }
        const log = JSON.stringify(await store.audit.list({ limit: 1000 }));
        expect(log).not.toMatch(/secret|Sam|Jones|2015-02-28|CF10|Alex/);
        expect((await store.verifyAuditChain()).ok).toBe(true);
      }),
      { seed: 1418, numRuns: 15 },
    );
  });
});
