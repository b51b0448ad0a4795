/**
 * Properties of the case service on the memory store: permissions are checked
 * in the brick exactly as the case type grants them, and a note reaches no
 * organisation it was not shared with, through any query.
 */
import { isCivicError } from '@civicbricks/core/errors';
import { createStore } from '@civicbricks/storage';
import { defineRegistry } from '@civicbricks/workflow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { CaseForbiddenError, createCaseType } from './support.js';
import { earlyHelpJson } from './fixtures.js';
import { caseworker, earlyHelp, family, manualClock, nurse, openWithNurse, shareOnConsent } from './service-suite.js';

const ROLES = ['caseworker', 'manager', 'partner', 'viewer'];
const grants = earlyHelpJson().actions as Record<string, { allowed: Record<string, string[]> }>;

async function freshService(): Promise<CaseService> {
  return createCaseService({
    store: await createStore({ adapter: 'memory' }),
    caseTypes: [earlyHelp],
    clock: manualClock('2026-12-01T10:00:00Z').now,
  });
}

describe('the case service checks permissions itself', () => {
  it('for random people taking random actions, an action is refused exactly when the case type does not grant it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ roles: fc.subarray(ROLES), action: fc.constantFrom(...Object.keys(grants), 'fly') }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (attempts) => {
          const cases = await freshService();
          let current = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
          for (const [index, attempt] of attempts.entries()) {
            const actor: Actor = { userId: `staff-${index}`, organisationId: 'council', roles: attempt.roles };
            const granted = current.state.some((state) =>
              (grants[attempt.action]?.allowed[state] ?? []).some((role) => attempt.roles.includes(role)),
            );
            const outcome = await cases
              .takeAction({ caseId: current.id, action: attempt.action, expectedVersion: current.version, actor })
              .then(
                (next) => ({ next }),
                (error: unknown) => ({ error }),
              );
            if ('next' in outcome) {
              expect(granted).toBe(true);
              expect(outcome.next.version).toBe(current.version + 1);
              current = outcome.next;
            } else {
              expect(granted).toBe(false);
              expect(outcome.error).toBeInstanceOf(CaseForbiddenError);
              expect(outcome.error).toMatchObject({ action: attempt.action, roles: attempt.roles });
              expect((await cases.get(current.id, caseworker)).version).toBe(current.version);
            }
          }
        },
      ),
      { seed: 1414, numRuns: 40 },
    );
  });
});

describe('the case service shows and changes only the fields granted', () => {
  const access = earlyHelpJson().fieldAccess as Record<string, { see: string[]; change: string[] }>;
  const changes: Record<string, string | number | boolean> = {
    postcode: 'CF11 9AB',
    concern: 'neglect',
    riskScore: 5,
    childName: 'Sam Smith',
    consentGiven: true,
  };

  it('for random roles, a case view holds exactly the fields those roles may see, and a change goes through exactly when they may change every field in it', async () => {
    const cases = await freshService();
    const opened = await cases.open({ caseType: 'early-help', fields: { ...family, riskScore: 1 }, actor: caseworker });
    await fc.assert(
      fc.asyncProperty(fc.subarray(ROLES), fc.subarray(Object.keys(changes), { minLength: 1 }), async (roles, fieldNames) => {
        const actor: Actor = { userId: 'staff-x', organisationId: 'council', roles };
        const view = await cases.get(opened.id, actor);
        const visible = new Set(roles.flatMap((role) => access[role]?.see ?? []));
        // A manager sees every field, so the manager's view says which fields the case holds now.
        const held = Object.keys((await cases.get(opened.id, { ...actor, roles: ['manager'] })).fields);
        expect(Object.keys(view.fields).sort()).toEqual(held.filter((name) => visible.has(name)).sort());
        const changeable = new Set(roles.flatMap((role) => access[role]?.change ?? []));
        const allowed = fieldNames.every((name) => changeable.has(name));
        const outcome = await cases
          .changeFields({
            caseId: opened.id,
            expectedVersion: view.version,
            fields: Object.fromEntries(fieldNames.map((name) => [name, changes[name]!])),
            actor,
          })
          .then(
            () => 'changed',
            (error: unknown) => (error instanceof CaseForbiddenError ? 'forbidden' : error),
          );
        expect(outcome).toBe(allowed ? 'changed' : 'forbidden');
      }),
      { seed: 1416, numRuns: 60 },
    );
  });
});

describe('notes shared with nobody stay in their organisation', () => {
  // Sharing with an organisation needs a recorded basis: the trust and the police have one, the charity none.
  const organisations = ['council', 'nhs-trust', 'police'];
  const authors: Actor[] = [caseworker, nurse, { userId: 'pol-1', organisationId: 'police', roles: [] }];
  const viewers: Actor[] = [
    { userId: 'staff-m9', organisationId: 'council', roles: ['viewer'] },
    { userId: 'nhs-n7', organisationId: 'nhs-trust', roles: [] },
    { userId: 'pol-2', organisationId: 'police', roles: [] },
  ];

  it('for random notes and sharing, every query (notes, timeline, case view) gives each organisation exactly its own notes and those shared with it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ author: fc.constantFrom(...authors), sharedWith: fc.subarray(organisations) }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        async (notes, pageSize) => {
          const cases = await freshService();
          const opened = await openWithNurse(cases);
          await cases.addTeamMember({
            caseId: opened.id,
            expectedVersion: 2,
            member: { userId: 'pol-1', organisationId: 'police', role: 'partner' },
            actor: caseworker,
          });
          await shareOnConsent(cases, opened.id, 3, 'nhs-trust');
          await shareOnConsent(cases, opened.id, 4, 'police');
          const written = [];
          for (const [index, note] of notes.entries()) {
            written.push(
              await cases.addNote({ caseId: opened.id, body: `note ${index}`, sharedWith: note.sharedWith, actor: note.author }),
            );
          }
          for (const viewer of viewers) {
            const seen: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await cases.listNotes({
                caseId: opened.id,
                actor: viewer,
                limit: pageSize,
                ...(cursor === undefined ? {} : { cursor }),
              });
              expect(page.items.length).toBeLessThanOrEqual(pageSize);
              seen.push(...page.items.map((item) => item.id));
              cursor = page.nextCursor;
            } while (cursor !== undefined);
            const expected = written.filter(
              (note) => note.organisationId === viewer.organisationId || note.sharedWith.includes(viewer.organisationId),
            );
            expect(seen).toEqual(expected.map((note) => note.id));
            const leaked = written.filter((note) => note.sharedWith.length === 0 && note.organisationId !== viewer.organisationId);
            expect(seen.filter((id) => leaked.some((note) => note.id === id))).toEqual([]);
            const timeline = (await cases.timeline({ caseId: opened.id, actor: viewer, limit: 500 })).items;
            expect(timeline.filter((entry) => entry.action === 'case.note_added').map((entry) => entry.metadata['note'])).toEqual(
              expected.map((note) => note.id),
            );
            // The case view itself carries no notes, so it cannot leak one.
            expect(JSON.stringify(await cases.get(opened.id, viewer))).not.toMatch(/note \d/);
          }
          // An organisation with no one on the team cannot reach the case, or its notes, at all.
          await expect(
            cases.listNotes({ caseId: opened.id, actor: { userId: 'ch-1', organisationId: 'charity', roles: ['manager'] } }),
          ).rejects.toSatisfy((error: unknown) => isCivicError(error) && error.code === 'cases.case_not_found');
        },
      ),
      { seed: 1415, numRuns: 30 },
    );
  });
});

describe('workflow commands', () => {
  it('go to the outbox in the same transaction as the step, once per step', async () => {
    const json = earlyHelpJson();
    const workflow = json.workflow as { states: Record<string, Record<string, unknown>> };
    workflow.states['assessing']!['entry'] = ['requestSchoolReport'];
    const registry = defineRegistry({
      actions: {
        requestSchoolReport: () => ({ commands: [{ command: 'notifications.send', payload: { template: 'school-report-request' } }] }),
      },
    });
    const caseType = createCaseType(json, { registry });
    const store = await createStore({ adapter: 'memory' });
    const cases = createCaseService({ store, caseTypes: [caseType] });
    const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: { ...caseworker, roles: ['manager'] } });
    const { items } = await store.outbox.list();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      topic: 'notifications.send',
      idempotencyKey: `cases:${opened.id}:2:1`,
      payload: { caseId: opened.id, version: 2, action: 'requestSchoolReport', payload: { template: 'school-report-request' } },
    });
  });
});
