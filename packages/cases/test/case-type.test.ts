import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import { checkFieldValues, createCaseType, isCaseType, requireCaseType, type Issue } from './support.js';
import { earlyHelpJson } from './fixtures.js';

function issuesOf(json: unknown): readonly Issue[] {
  try {
    createCaseType(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected the case type to be refused');
}

describe('createCaseType', () => {
  it('checks a sound case type once and binds its workflow machine', () => {
    const caseType = createCaseType(earlyHelpJson());
    expect(caseType.id).toBe('early-help');
    expect(caseType.division).toBe('england-and-wales');
    expect(caseType.machine.definition.initial).toBe('referred');
    expect(isCaseType(caseType)).toBe(true);
    expect(Object.isFrozen(caseType.fieldAccess.partner!.see)).toBe(true);
    expect(requireCaseType(caseType)).toBe(caseType);
  });

  it('refuses the JSON where a checked case type is needed', () => {
    expect(isCaseType(earlyHelpJson())).toBe(false);
    expect(() => requireCaseType(earlyHelpJson())).toThrow(expect.objectContaining({ code: 'cases.invalid_case_type' }));
  });

  it('reports the shape with paths, unknown fields by name', () => {
    const json = { ...earlyHelpJson(), version: 0, extra: true };
    const issues = issuesOf(json);
    expect(issues.map((found) => found.path.join('.'))).toEqual(expect.arrayContaining(['version', '']));
    expect(issues.find((found) => found.path.length === 0)?.message).toContain('extra');
  });

  it('reports every cross-reference problem at once, each with its path', () => {
    const json = earlyHelpJson();
    const actions: Record<string, unknown> = { ...json.actions };
    actions['agreePlan'] = {
      label: 'Agree',
      allowed: { planning: ['caseworker', 'auditor'], referred: ['manager'], nowhere: ['manager'] },
    };
    actions['fly'] = { label: 'Fly', allowed: {} };
    const broken = {
      ...json,
      actions,
      operations: { ...json.operations, open: ['clerk'] },
      sla: { assessment: { ...json.sla.assessment, stopStates: ['decided'] } },
      fieldAccess: { ...json.fieldAccess, viewer: { see: ['concern'], change: ['riskScore', 'shoeSize'] }, ghost: { see: [], change: [] } },
    };
    const found = issuesOf(broken).map((item) => [item.code, item.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['cases.case_type.unknown_role', 'actions.agreePlan.allowed.planning.1'],
        ['cases.case_type.action_not_possible', 'actions.agreePlan.allowed.referred'],
        ['cases.case_type.unknown_state', 'actions.agreePlan.allowed.nowhere'],
        ['cases.case_type.unknown_action', 'actions.fly'],
        ['cases.case_type.unknown_role', 'operations.open.0'],
        ['cases.case_type.unknown_state', 'sla.assessment.stopStates.0'],
        ['cases.case_type.unknown_field', 'fieldAccess.viewer.change.1'],
        ['cases.case_type.change_without_see', 'fieldAccess.viewer.change.0'],
        ['cases.case_type.unknown_role', 'fieldAccess.ghost'],
      ]),
    );
    expect(found).toHaveLength(10); // shoeSize is also changed without being seen
  });

  it('grants an action in a compound state to the states inside it, and one inside to the state around it', () => {
    const json = earlyHelpJson();
    json.actions.close.allowed = { assessing: ['manager'], support: ['manager'] };
    expect(() => createCaseType(json)).not.toThrow();
    const inner = earlyHelpJson();
    (inner.actions.close.allowed as Record<string, string[]>) = { planning: ['manager'] }; // close is on support, around planning
    expect(() => createCaseType(inner)).not.toThrow();
  });

  it("puts the workflow's own problems under `workflow`", () => {
    const json = earlyHelpJson();
    (json.workflow.states.referred.on.accept as { target: string }).target = 'nowhere';
    const issues = issuesOf(json);
    expect(issues[0]).toMatchObject({
      code: 'workflow.unknown_target',
      path: ['workflow', 'states', 'referred', 'on', 'accept', 'target'],
    });
  });

  it('refuses workflow timers, which the case service cannot run yet', () => {
    const json = earlyHelpJson();
    (json.workflow.states.referred as Record<string, unknown>)['timers'] = [{ id: 'chase', after: 'P5D', target: 'closed' }];
    expect(issuesOf(json)[0]).toMatchObject({ code: 'cases.case_type.timers_not_supported', path: ['workflow'] });
  });

  it('checks field options against the field type', () => {
    const json = earlyHelpJson();
    const fields: Record<string, unknown> = { ...json.fields };
    fields['concern'] = { type: 'choice', label: 'Main concern' };
    fields['riskScore'] = { type: 'number', label: 'Risk', maxLength: 3, options: ['a'] };
    const found = issuesOf({ ...json, fields }).map((item) => item.path.join('.'));
    expect(found).toEqual(['fields.concern.options', 'fields.riskScore.maxLength', 'fields.riskScore.options']);
  });
});

describe('checkFieldValues', () => {
  const caseType = createCaseType(earlyHelpJson());

  it('accepts values of each type', () => {
    const values = { childName: 'Sam', dateOfBirth: '2015-02-28', concern: 'neglect', riskScore: 3, consentGiven: false };
    expect(checkFieldValues(caseType, values, { requireAll: true })).toEqual(values);
  });

  it('names each wrong, unknown and missing field without repeating its value', () => {
    let error: ValidationError | undefined;
    try {
      checkFieldValues(caseType, { dateOfBirth: '2015-02-30', concern: 'secret-value', riskScore: 'high', shoe: 1 }, { requireAll: true });
    } catch (caught) {
      error = caught as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.issues.map((found) => [found.code, found.path.join('.')])).toEqual([
      ['cases.field.invalid_value', 'fields.dateOfBirth'],
      ['cases.field.invalid_value', 'fields.concern'],
      ['cases.field.invalid_value', 'fields.riskScore'],
      ['cases.field.unknown_field', 'fields.shoe'],
      ['cases.field.required', 'fields.childName'],
    ]);
    expect(JSON.stringify(error!.toJSON())).not.toContain('secret-value');
  });

  it('holds text to its maximum length', () => {
    expect(() => checkFieldValues(caseType, { postcode: 'SW1A 1AA' })).not.toThrow();
    expect(() => checkFieldValues(caseType, { postcode: 'X'.repeat(11) })).toThrow(/at most 10 characters/);
  });
});
