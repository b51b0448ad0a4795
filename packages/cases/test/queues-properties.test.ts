/**
 * Deny by default, as a property: for random cases owned by random
 * organisations, with random teams and notes shared with random others, no
 * work queue and no search ever returns to a viewer a case their organisation
 * is not involved in, a field their roles on that case do not see, or a note
 * their organisation may not read; and the "all open cases" queue returns
 * every case their organisation owns or is on the team of (a case reached
 * only through a share is not in queues yet). Memory store, fixed seed.
 */
import { createStore } from '@civicbricks/storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { QueueRow, Viewer } from '../src/queues/index.js';
import { queuedEarlyHelp, queuedService } from './queue-fixtures.js';
import { visibleFields } from './support.js';

const ORGANISATIONS = ['council', 'nhs-trust', 'police', 'charity'] as const;
const ROLES = ['caseworker', 'manager', 'partner', 'viewer'] as const;
const FAMILIES = [
  { childName: 'Sam Jones', dateOfBirth: '2015-02-28', postcode: 'CF10 1AA', concern: 'school-attendance' },
  { childName: 'Siân O’Neill', dateOfBirth: '2016-05-01', postcode: 'CF10 4AB', concern: 'domestic-abuse' },
  { childName: 'Amy Jonas', dateOfBirth: '2015-02-28', postcode: 'CF14 2XY', concern: 'neglect' },
] as const;

const organisation = fc.constantFrom(...ORGANISATIONS);
const caseArbitrary = fc.record({
  family: fc.constantFrom(...FAMILIES),
  owner: organisation,
  team: fc.array(
    fc.record({ organisation, user: fc.integer({ min: 1, max: 3 }), role: fc.constantFrom('caseworker', 'partner', 'viewer') }),
    {
      maxLength: 3,
    },
  ),
  notes: fc.array(fc.record({ byTeamMember: fc.nat(), sharedWith: fc.subarray([...ORGANISATIONS]) }), { maxLength: 3 }),
  decided: fc.boolean(),
});
const viewerArbitrary = fc.record({
  organisationId: organisation,
  user: fc.integer({ min: 1, max: 3 }),
  roles: fc.subarray([...ROLES]),
});

const rawCase = z.looseObject({
  ownerOrganisationId: z.string(),
  status: z.string(),
  team: z.array(z.object({ userId: z.string(), organisationId: z.string(), role: z.string() })),
});
const rawNote = z.looseObject({ caseId: z.string(), organisationId: z.string(), sharedWith: z.array(z.string()) });

describe('work queues and search, deny by default', () => {
  it('never return a case, field or note the viewer may not see, and leave out no case they may', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArbitrary, { minLength: 1, maxLength: 5 }), viewerArbitrary, async (specs, viewerSpec) => {
        const store = await createStore({ adapter: 'memory' });
        let tick = Date.parse('2026-12-01T09:00:00Z');
        const { cases, queues } = queuedService(store, () => new Date((tick += 1000)));
        for (const spec of specs) {
          const owner = { userId: `${spec.owner}-lead`, organisationId: spec.owner, roles: ['manager'] };
          let current = await cases.open({
            caseType: 'early-help',
            fields: spec.family,
            submittedAt: '2026-11-02T09:00:00Z',
            actor: owner,
          });
          const members: { userId: string; organisationId: string; roles: string[] }[] = [];
          for (const member of spec.team) {
            const userId = `${member.organisation}-${member.user}`;
            if (userId === owner.userId || current.team.some((entry) => entry.userId === userId)) continue;
            current = await cases.addTeamMember({
              caseId: current.id,
              expectedVersion: current.version,
              member: { userId, organisationId: member.organisation, role: member.role },
              actor: owner,
            });
            if (member.role !== 'viewer') members.push({ userId, organisationId: member.organisation, roles: [] });
          }
          // A note reaches another organisation only on a recorded basis: share the case with each one named.
          const named = new Set(spec.notes.flatMap((note) => note.sharedWith).filter((organisationId) => organisationId !== spec.owner));
          for (const organisationId of named) {
            await cases.shareCase({
              caseId: current.id,
              expectedVersion: current.version,
              organisationId,
              fields: [],
              basis: { kind: 'legal', basis: 'safeguarding', detail: 'Risk of harm' },
              actor: owner,
            });
            current = await cases.get(current.id, owner);
          }
          for (const note of spec.notes) {
            const author = members.length > 0 && note.byTeamMember % 2 === 1 ? members[note.byTeamMember % members.length]! : owner;
            await cases.addNote({
              caseId: current.id,
              body: `Note by ${author.organisationId}`,
              sharedWith: note.sharedWith,
              actor: author,
            });
          }
          if (spec.decided)
            await cases.takeAction({ caseId: current.id, action: 'decline', expectedVersion: current.version, actor: owner });
        }

        const viewer: Viewer = {
          userId: `${viewerSpec.organisationId}-${viewerSpec.user}`,
          organisationId: viewerSpec.organisationId,
          roles: viewerSpec.roles,
          teams: ['cardiff-central', 'cardiff-north', 'cardiff-bay', 'vale'],
          skills: ['domestic-abuse'],
        };
        const casesById = new Map(
          (await store.collection('cases.case', rawCase).list({ limit: 500 })).items.map((record) => [record.id, record.data]),
        );
        const notesById = new Map(
          (await store.collection('cases.note', rawNote).list({ limit: 500 })).items.map((record) => [record.id, record.data]),
        );
        const involved = (record: z.output<typeof rawCase>) =>
          record.ownerOrganisationId === viewer.organisationId ||
          record.team.some((member) => member.organisationId === viewer.organisationId);

        const check = (row: QueueRow) => {
          const record = casesById.get(row.id);
          expect(record && involved(record)).toBe(true);
          const roles = new Set(record!.ownerOrganisationId === viewer.organisationId ? viewer.roles : []);
          for (const member of record!.team)
            if (member.userId === viewer.userId && member.organisationId === viewer.organisationId) roles.add(member.role);
          const visible = visibleFields(queuedEarlyHelp, [...roles]);
          for (const [column, value] of Object.entries(row.cells)) {
            if (column.startsWith('field:') && value !== null) expect(visible.has(column.slice(6))).toBe(true);
            if (column === 'latestNote' && value !== null) {
              const note = notesById.get((value as { id: string }).id);
              expect(note?.caseId).toBe(row.id);
              expect(note?.organisationId === viewer.organisationId || note?.sharedWith.includes(viewer.organisationId)).toBe(true);
            }
          }
        };

        for (const queue of Object.keys(queuedEarlyHelp.workQueues)) {
          const page = await queues.page({ caseType: 'early-help', queue, viewer });
          page.items.forEach(check);
          expect(page.total).toBeGreaterThanOrEqual(page.items.length);
        }
        const all = await queues.page({ caseType: 'early-help', queue: 'all', viewer });
        const expected = [...casesById].filter(([, record]) => involved(record) && record.status === 'active').map(([id]) => id);
        expect(all.items.map((row) => row.id).sort()).toEqual(expected.sort());
        for (const family of FAMILIES) {
          for (const query of [{ name: family.childName }, { dateOfBirth: family.dateOfBirth }, { postcode: family.postcode }]) {
            (await queues.search({ viewer, ...query })).items.forEach(check);
          }
        }
        for (const id of casesById.keys()) (await queues.search({ viewer, reference: id })).items.forEach(check);
        await store.close();
      }),
      { numRuns: 25, seed: 1412 },
    );
  }, 60_000);
});
