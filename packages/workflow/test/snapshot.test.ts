import { ValidationError } from '@civicbricks/core/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMachine, loadSnapshot, parseSnapshot, start, transition, type Migration, type WorkflowSnapshot } from '../src/index.js';
import { stepsArbitrary, walk } from './arbitraries.js';
import { blueBadgeJson, machine, registry } from './fixtures.js';

const T0 = '2026-12-01T09:00:00Z';
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('snapshots as JSON', () => {
  it('survive a JSON round trip equal, and keep working exactly as before (property)', () => {
    const initial = start(machine, T0).snapshot;
    fc.assert(
      fc.property(stepsArbitrary, fc.constantFrom('startReview', 'evidenceReceived', 'withdraw', 'addNote'), (steps, next) => {
        const { snapshots } = walk(initial, steps);
        const last = snapshots[snapshots.length - 1]!;
        const restored = parseSnapshot(machine, JSON.stringify(last));
        expect(restored).toEqual(last);
        expect(roundTrip(restored)).toEqual(roundTrip(last));
        const later = new Date(Date.parse(last.updatedAt) + 60_000).toISOString();
        const fromOriginal = transition(machine, last, next, later, { notAllowed: 'ignore' });
        const fromRestored = transition(machine, roundTrip(last), next, later, { notAllowed: 'ignore' });
        expect(fromRestored.accepted).toBe(fromOriginal.accepted);
        expect(fromRestored.snapshot).toEqual(fromOriginal.snapshot);
        expect(fromRestored.effects).toEqual(fromOriginal.effects);
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a snapshot of another workflow, an unknown state or timer, or an inconsistent status, each at its path', () => {
    const reviewing = roundTrip(transition(machine, start(machine, T0).snapshot, 'startReview', T0).snapshot) as Record<string, unknown>;
    const broken = (change: Record<string, unknown>) => () => parseSnapshot(machine, { ...reviewing, ...change });
    expect(broken({ definitionId: 'parking-permit' })).toThrow(
      expect.objectContaining({ code: 'workflow.wrong_definition', path: ['snapshot', 'definitionId'] }),
    );
    expect(broken({ state: ['inReview', 'deciding'] })).toThrow(
      expect.objectContaining({ code: 'workflow.unknown_state', path: ['snapshot', 'state', 1] }),
    );
    expect(broken({ state: ['inReview'] })).toThrow(
      expect.objectContaining({ code: 'workflow.unknown_state', path: ['snapshot', 'state'] }),
    );
    expect(broken({ state: ['inReview', 'assessing'] })).toThrow(
      expect.objectContaining({ code: 'workflow.unknown_timer', path: ['snapshot', 'timers', 0] }),
    );
    expect(broken({ status: 'done' })).toThrow(
      expect.objectContaining({ code: 'workflow.inconsistent_status', path: ['snapshot', 'status'] }),
    );
    expect(broken({ seq: -1 })).toThrow(expect.objectContaining({ code: 'workflow.snapshot.too_small', path: ['snapshot', 'seq'] }));
    expect(broken({ context: { evidenceRequests: 'many' } })).toThrow(ValidationError);
    expect(() => parseSnapshot(machine, '{"definitionId":')).toThrow(expect.objectContaining({ code: 'workflow.snapshot.invalid_json' }));
  });

  it('refuse a snapshot of another version and point to loadSnapshot', () => {
    const old = { ...(roundTrip(start(machine, T0).snapshot) as object), definitionVersion: 2 };
    expect(() => parseSnapshot(machine, old)).toThrow(
      expect.objectContaining({ code: 'workflow.version_mismatch', path: ['snapshot', 'definitionVersion'] }),
    );
  });
});

describe('migrations', () => {
  // Version 2 renames "assessing" to "underAssessment"; version 3 records a `priority` in the context.
  const v2Json = structuredClone(blueBadgeJson) as unknown as {
    version: number;
    states: Record<string, { states?: Record<string, unknown> }>;
  };
  v2Json.version = 2;
  const inReview = v2Json.states.inReview!.states!;
  inReview.underAssessment = inReview.assessing;
  delete inReview.assessing;
  (inReview.awaitingEvidence as { on: { evidenceReceived: { target: string } } }).on.evidenceReceived.target = 'underAssessment';
  const v3Json = structuredClone(v2Json) as typeof v2Json & { context: { initial: unknown; validator?: string } };
  v3Json.version = 3;
  v3Json.context = { initial: { evidenceRequests: 0, decision: null, notes: [], priority: 'normal' } };
  const v3 = createMachine(v3Json, registry);

  const renameAssessing: Migration = {
    workflowId: 'blue-badge-application',
    from: 1,
    to: 2,
    migrate: (snapshot) => ({ ...snapshot, state: snapshot.state.map((name) => (name === 'assessing' ? 'underAssessment' : name)) }),
  };
  const addPriority: Migration = {
    workflowId: 'blue-badge-application',
    from: 2,
    to: 3,
    migrate: (snapshot) => ({ ...snapshot, context: { ...(snapshot.context as object), priority: 'normal' } }),
  };

  function storedV1(): string {
    let snapshot = start(machine, T0).snapshot;
    snapshot = transition(machine, snapshot, 'startReview', T0).snapshot;
    snapshot = transition(machine, snapshot, 'evidenceReceived', T0).snapshot;
    return JSON.stringify(snapshot);
  }

  it('chains v1 -> v2 -> v3 and the migrated snapshot keeps working', () => {
    const { snapshot, versions } = loadSnapshot(v3, storedV1(), { migrations: [addPriority, renameAssessing] });
    expect(versions).toEqual([1, 2, 3]);
    expect(snapshot.definitionVersion).toBe(3);
    expect(snapshot.state).toEqual(['inReview', 'underAssessment']);
    expect(snapshot.context).toMatchObject({ priority: 'normal', evidenceRequests: 1 });
    const decided = transition(v3, snapshot, { type: 'decide', data: { eligible: true } }, '2026-12-02T09:00:00Z');
    expect(decided.snapshot.state).toEqual(['decided', 'approved']);
  });

  it('keeps pending timers at their original deadlines through a migration', () => {
    const reviewing = transition(machine, start(machine, T0).snapshot, 'startReview', T0).snapshot;
    const { snapshot } = loadSnapshot(v3, JSON.stringify(reviewing), { migrations: [renameAssessing, addPriority] });
    expect(snapshot.timers).toEqual(reviewing.timers);
  });

  it('loads a snapshot of the current version without migrating', () => {
    const current = start(v3, T0).snapshot;
    expect(loadSnapshot(v3, JSON.stringify(current)).versions).toEqual([3]);
  });

  it('fails with workflow.no_migration when a step of the chain is missing, never silently', () => {
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [renameAssessing] })).toThrow(
      expect.objectContaining({
        code: 'workflow.no_migration',
        path: ['snapshot', 'definitionVersion'],
        message: expect.stringMatching(/starts at version 2/),
      }),
    );
    expect(() => loadSnapshot(v3, storedV1())).toThrow(expect.objectContaining({ code: 'workflow.no_migration' }));
  });

  it('refuses a snapshot newer than the definition, a migration that throws, and one that returns a bad snapshot', () => {
    const v3Snapshot = JSON.stringify(start(v3, T0).snapshot);
    expect(() => loadSnapshot(machine, v3Snapshot)).toThrow(expect.objectContaining({ code: 'workflow.snapshot_too_new' }));
    const throwing: Migration = {
      ...renameAssessing,
      migrate: () => {
        throw new Error('bug');
      },
    };
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [throwing, addPriority] })).toThrow(
      expect.objectContaining({ code: 'workflow.migration_failed', path: ['migrations', 1] }),
    );
    const forgetful: Migration = { ...renameAssessing, migrate: (snapshot) => ({ ...snapshot, state: [] }) as WorkflowSnapshot };
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [forgetful, addPriority] })).toThrow(
      expect.objectContaining({ code: 'workflow.migration_failed' }),
    );
    // A migration that forgets the rename leaves a state v3 does not have: the final check catches it.
    const noRename: Migration = { ...renameAssessing, migrate: (snapshot) => snapshot };
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [noRename, addPriority] })).toThrow(
      expect.objectContaining({ code: 'workflow.unknown_state' }),
    );
  });

  it('refuses two migrations from the same version, and malformed ones', () => {
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [renameAssessing, renameAssessing] })).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_migration', path: ['migrations', 1] }),
    );
    expect(() => loadSnapshot(v3, storedV1(), { migrations: [{ ...renameAssessing, to: 1 }] })).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_migration', path: ['migrations', 0] }),
    );
  });
});
