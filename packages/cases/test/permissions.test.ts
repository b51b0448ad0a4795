import { start, transition } from '@civicbricks/workflow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertCanChangeFields,
  assertCanPerform,
  assertCanTakeAction,
  canPerform,
  canTakeAction,
  CaseForbiddenError,
  changeableFields,
  createCaseType,
  permittedActions,
  visibleFields,
} from './support.js';
import { earlyHelpJson } from './fixtures.js';

const ROLES = ['caseworker', 'manager', 'partner', 'viewer'] as const;
// Where each action can be taken in the early help workflow (a grant anywhere else is refused as impossible).
const POSSIBLE: Record<string, readonly string[]> = {
  accept: ['referred'],
  decline: ['referred'],
  completeAssessment: ['assessing'],
  agreePlan: ['planning', 'support'],
  reviewPlan: ['reviewing', 'support'],
  close: ['assessing', 'support', 'planning', 'reviewing'],
};
const STATE_PATHS: readonly (readonly string[])[] = [
  ['referred'],
  ['assessing'],
  ['support', 'planning'],
  ['support', 'reviewing'],
  ['closed'],
];
type Grants = Record<string, Record<string, string[]>>;

const grantsArbitrary: fc.Arbitrary<Grants> = fc.record(
  Object.fromEntries(
    Object.entries(POSSIBLE).map(([action, states]) => [
      action,
      fc.record(Object.fromEntries(states.map((state) => [state, fc.subarray([...ROLES])])), { requiredKeys: [] }),
    ]),
  ) as Record<string, fc.Arbitrary<Record<string, string[]>>>,
);

function caseTypeWith(grants: Grants) {
  const json = earlyHelpJson();
  const actions = Object.fromEntries(Object.entries(grants).map(([action, allowed]) => [action, { label: action, allowed }]));
  return createCaseType({ ...json, actions });
}

describe('permissions are exactly what the case type grants', () => {
  it('for random grants, roles, states and actions, an action is allowed exactly when granted in an active state', () => {
    fc.assert(
      fc.property(
        grantsArbitrary,
        fc.subarray([...ROLES, 'stranger']),
        fc.constantFrom(...STATE_PATHS),
        fc.constantFrom(...Object.keys(POSSIBLE), 'fly', 'timer'),
        (grants, roles, state, action) => {
          const caseType = caseTypeWith(grants);
          const granted = state.some((name) => (grants[action]?.[name] ?? []).some((role) => roles.includes(role)));
          expect(canTakeAction(caseType, roles, state, action)).toBe(granted);
          if (granted) {
            expect(() => assertCanTakeAction(caseType, roles, state, action)).not.toThrow();
          } else {
            let refused: unknown;
            try {
              assertCanTakeAction(caseType, roles, state, action);
            } catch (error) {
              refused = error;
            }
            expect(refused).toBeInstanceOf(CaseForbiddenError);
            expect(refused).toMatchObject({ code: 'cases.forbidden', action, roles, state });
            expect((refused as Error).message).toContain(`"${action}"`);
          }
        },
      ),
      { seed: 1412, numRuns: 300 },
    );
  });

  it('offers on a page only what the workflow allows now and the roles are granted', () => {
    fc.assert(
      fc.property(
        grantsArbitrary,
        fc.subarray([...ROLES]),
        fc.array(fc.constantFrom(...Object.keys(POSSIBLE)), { maxLength: 6 }),
        (grants, roles, walk) => {
          const caseType = caseTypeWith(grants);
          let { snapshot } = start(caseType.machine, '2026-12-01T10:00:00Z');
          for (const event of walk) {
            snapshot = transition(caseType.machine, snapshot, event, '2026-12-01T11:00:00Z', { notAllowed: 'ignore' }).snapshot;
          }
          const offered = permittedActions(caseType, roles, snapshot);
          for (const action of Object.keys(POSSIBLE)) {
            const workflowAllows = transition(caseType.machine, snapshot, action, '2026-12-01T12:00:00Z', {
              notAllowed: 'ignore',
            }).accepted;
            expect(offered.includes(action)).toBe(workflowAllows && canTakeAction(caseType, roles, snapshot.state, action));
          }
        },
      ),
      { seed: 1413, numRuns: 150 },
    );
  });
});

describe('operations and fields', () => {
  const caseType = createCaseType(earlyHelpJson());

  it('grants operations only to the roles listed, and nothing to a role nowhere listed', () => {
    expect(canPerform(caseType, ['manager'], 'allocateLead')).toBe(true);
    expect(canPerform(caseType, ['caseworker'], 'allocateLead')).toBe(false);
    expect(canPerform(caseType, ['viewer'], 'addNote')).toBe(false);
    expect(canPerform(caseType, [], 'open')).toBe(false);
    const { operations: _unused, ...rest } = earlyHelpJson();
    const closed = createCaseType({ ...rest, operations: {} });
    expect(canPerform(closed, [...ROLES], 'open')).toBe(false);
    expect(() => assertCanPerform(closed, ['manager'], 'open')).toThrow(CaseForbiddenError);
  });

  it('names the role and the action in the refusal', () => {
    expect(() => assertCanTakeAction(caseType, ['partner'], ['support', 'planning'], 'close')).toThrow(
      'Your role (partner) does not allow you to take the action "close" while the case is in "planning".',
    );
    expect(() => assertCanPerform(caseType, ['partner', 'viewer'], 'transferLead')).toThrow(
      'None of your roles (partner, viewer) allows you to take the action "transferLead".',
    );
    expect(() => assertCanPerform(caseType, [], 'open')).toThrow('You have no role on this case');
  });

  it('shows and lets change only the fields granted, summed over the roles', () => {
    expect([...visibleFields(caseType, ['viewer'])]).toEqual(['concern']);
    expect([...visibleFields(caseType, ['partner', 'viewer'])].sort()).toEqual(['childName', 'concern', 'dateOfBirth']);
    expect(visibleFields(caseType, ['stranger']).size).toBe(0);
    expect(changeableFields(caseType, ['caseworker']).has('childName')).toBe(false);
    expect(() => assertCanChangeFields(caseType, ['caseworker'], ['concern', 'childName'])).toThrow(
      expect.objectContaining({ code: 'cases.forbidden', action: 'change:childName', path: ['fields', 'childName'] }),
    );
    expect(() => assertCanChangeFields(caseType, ['manager'], ['concern', 'childName'])).not.toThrow();
  });
});
