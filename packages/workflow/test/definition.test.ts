import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import { createMachine, defineRegistry, parseDefinition, start, transition, WorkflowDefinitionSchema } from '../src/index.js';
import { blueBadge, blueBadgeJson, copyOfBlueBadge, machine, registry } from './fixtures.js';

function issuesOf(input: unknown, using = registry): { code: string; path: readonly (string | number)[] }[] {
  try {
    createMachine(input, using);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ code, path }) => ({ code, path }));
  }
  throw new Error('expected the definition to be refused');
}

const S = ['definition', 'states'] as const;

describe('createMachine', () => {
  it('accepts the blue badge workflow and returns a frozen copy', () => {
    expect(blueBadge).toEqual(blueBadgeJson);
    expect(blueBadge).not.toBe(blueBadgeJson);
    expect(Object.isFrozen(blueBadge)).toBe(true);
    expect(Object.isFrozen(blueBadge.states.inReview?.states?.assessing)).toBe(true);
  });

  it('binds the definition to the registry and counts working days with ukWorkingDays unless told otherwise', () => {
    expect(machine.registry).toBe(registry);
    const counted: string[] = [];
    const own = createMachine(blueBadgeJson, registry, {
      workingDays: (start, days, division) => {
        counted.push(`${start.toISOString()}+${days}:${division}`);
        return '2027-02-01';
      },
    });
    const started = start(own, '2026-12-18T10:00:00Z').snapshot;
    const reviewing = transition(own, started, 'startReview', '2026-12-18T11:00:00Z').snapshot;
    expect(counted).toEqual(['2026-12-18T11:00:00.000Z+10:england-and-wales']);
    expect(reviewing.timers).toEqual([{ id: 'evidenceDeadline', state: 'awaitingEvidence', deadline: '2027-02-02T00:00:00.000Z' }]);
    // The default: 10 working days from Friday 18 December 2026 end after Wednesday 6 January 2027.
    const byDefault = transition(machine, start(machine, '2026-12-18T10:00:00Z').snapshot, 'startReview', '2026-12-18T11:00:00Z');
    expect(byDefault.snapshot.timers[0]?.deadline).toBe('2027-01-07T00:00:00.000Z');
  });

  it('refuses options it does not know, and a working-day counter that is not a function', () => {
    expect(() => createMachine(blueBadgeJson, registry, { calendar: {} } as never)).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_option', path: ['options', 'calendar'] }),
    );
    expect(() => createMachine(blueBadgeJson, registry, { workingDays: 10 } as never)).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_option', path: ['options'] }),
    );
  });

  it('parseDefinition makes the same checks and returns the same frozen definition', () => {
    expect(parseDefinition(blueBadgeJson, registry)).toEqual(machine.definition);
    const input = copyOfBlueBadge();
    input.states.archived = {};
    expect(() => parseDefinition(input, registry)).toThrow(expect.objectContaining({ code: 'workflow.unreachable_state' }));
  });

  it('refuses a target that is not a state, with the path to it', () => {
    const input = copyOfBlueBadge();
    (input.states.submitted as { on: Record<string, { target: string }> }).on.startReview!.target = 'inReveiw';
    expect(issuesOf(input)).toContainEqual({ code: 'workflow.unknown_target', path: [...S, 'submitted', 'on', 'startReview', 'target'] });
  });

  it('refuses an unknown target inside a list of guarded transitions', () => {
    const input = copyOfBlueBadge();
    const assessing = (input.states.inReview as { states: Record<string, { on: Record<string, { target: string }[]> }> }).states.assessing!;
    assessing.on.decide![1]!.target = 'rejected';
    // Only the target is reported: "refused" is still reached by the evidence timer.
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.unknown_target', path: [...S, 'inReview', 'states', 'assessing', 'on', 'decide', 1, 'target'] },
    ]);
  });

  it('refuses guards and actions the registry does not have', () => {
    const bare = defineRegistry({ actions: registry.actions!, contextValidators: registry.contextValidators! });
    expect(issuesOf(blueBadgeJson, bare)).toEqual([
      { code: 'workflow.unknown_guard', path: [...S, 'inReview', 'states', 'assessing', 'on', 'decide', 0, 'guard'] },
      { code: 'workflow.unknown_guard', path: [...S, 'inReview', 'states', 'assessing', 'on', 'requestMoreEvidence', 'guard'] },
    ]);
    const noActions = defineRegistry({ guards: registry.guards!, contextValidators: registry.contextValidators! });
    const found = issuesOf(blueBadgeJson, noActions);
    expect(found).toContainEqual({ code: 'workflow.unknown_action', path: [...S, 'submitted', 'entry', 0] });
    expect(found).toContainEqual({ code: 'workflow.unknown_action', path: [...S, 'inReview', 'exit', 0] });
    expect(found).toContainEqual({
      code: 'workflow.unknown_action',
      path: [...S, 'inReview', 'states', 'awaitingEvidence', 'timers', 0, 'actions', 0],
    });
  });

  it('refuses a context validator that is not registered, and an initial context it rejects', () => {
    const noValidators = defineRegistry({ guards: registry.guards!, actions: registry.actions! });
    expect(issuesOf(blueBadgeJson, noValidators)).toEqual([
      { code: 'workflow.unknown_context_validator', path: ['definition', 'context', 'validator'] },
    ]);
    const input = copyOfBlueBadge();
    input.context = { initial: { evidenceRequests: -1, decision: null, notes: [] }, validator: 'blueBadge' };
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.invalid_initial_context.too_small', path: ['definition', 'context', 'initial', 'evidenceRequests'] },
    ]);
  });

  it('refuses duplicate state names anywhere in the tree, and duplicate timer ids', () => {
    const input = copyOfBlueBadge();
    const decided = input.states.decided as { states: Record<string, unknown> };
    decided.states.submitted = { type: 'final' };
    const assessing = (input.states.inReview as { states: Record<string, Record<string, unknown>> }).states.assessing!;
    assessing.timers = [{ id: 'evidenceDeadline', after: 'P1D', target: 'refused' }];
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.duplicate_name', path: [...S, 'decided', 'states', 'submitted'] },
      { code: 'workflow.duplicate_name', path: [...S, 'inReview', 'states', 'assessing', 'timers', 0, 'id'] },
    ]);
  });

  it('refuses a timer without a target, or without exactly one delay', () => {
    const input = copyOfBlueBadge();
    input.states.submitted!.timers = [
      { id: 'noTarget', after: 'P1D' },
      { id: 'twoDelays', after: 'P1D', workingDays: 2, target: 'inReview' },
      { id: 'badDuration', after: 'P1.5D', target: 'inReview' },
      { id: 'zero', after: 'PT0S', target: 'inReview' },
      { id: 'divisionOnCalendar', after: 'P1D', division: 'scotland', target: 'inReview' },
    ];
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.timer_without_target', path: [...S, 'submitted', 'timers', 0, 'target'] },
      { code: 'workflow.invalid_timer', path: [...S, 'submitted', 'timers', 1] },
      { code: 'workflow.invalid_timer', path: [...S, 'submitted', 'timers', 2, 'after'] },
      { code: 'workflow.invalid_timer', path: [...S, 'submitted', 'timers', 3, 'after'] },
      { code: 'workflow.invalid_timer', path: [...S, 'submitted', 'timers', 4, 'division'] },
    ]);
  });

  it('refuses a working-day timer when no division is given anywhere', () => {
    const input = copyOfBlueBadge();
    delete input.division;
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.invalid_timer', path: [...S, 'inReview', 'states', 'awaitingEvidence', 'timers', 0, 'division'] },
    ]);
  });

  it('refuses a final state with outgoing transitions, timers or children', () => {
    const input = copyOfBlueBadge();
    input.states.withdrawn = {
      type: 'final',
      on: { reopen: { target: 'submitted' } },
      timers: [{ id: 'purge', after: 'P6Y', target: 'submitted' }],
    };
    expect(issuesOf(input)).toEqual([
      { code: 'workflow.final_with_transitions', path: [...S, 'withdrawn', 'on'] },
      { code: 'workflow.final_with_transitions', path: [...S, 'withdrawn', 'timers'] },
    ]);
  });

  it('refuses a missing or unknown initial state, and the reserved timer event', () => {
    const input = copyOfBlueBadge();
    input.initial = 'start';
    delete (input.states.inReview as { initial?: string }).initial;
    input.states.submitted!.on = { startReview: { target: 'inReview' }, withdraw: { target: 'withdrawn' }, timer: { target: 'inReview' } };
    const found = issuesOf(input);
    expect(found).toContainEqual({ code: 'workflow.unknown_initial', path: ['definition', 'initial'] });
    expect(found).toContainEqual({ code: 'workflow.missing_initial', path: [...S, 'inReview', 'initial'] });
    expect(found).toContainEqual({ code: 'workflow.reserved_event', path: [...S, 'submitted', 'on', 'timer'] });
  });

  it('reports JSON shape problems with their paths before anything else', () => {
    const input = copyOfBlueBadge();
    input.version = 0;
    input.states.submitted!.entyr = ['acknowledge'];
    (input.states.submitted as { on: Record<string, unknown> }).on['not valid!'] = { target: 'inReview' };
    const found = issuesOf(input);
    expect(found).toContainEqual({ code: 'workflow.definition.too_small', path: ['definition', 'version'] });
    expect(found).toContainEqual({ code: 'workflow.definition.unrecognized_keys', path: [...S, 'submitted'] });
    expect(found.some((issue) => issue.code === 'workflow.definition.invalid_key')).toBe(true);
  });

  it('exports the structural schema, which cannot see semantic problems on its own', () => {
    const input = copyOfBlueBadge();
    input.states.archived = {};
    expect(WorkflowDefinitionSchema['~standard'].validate(input)).not.toHaveProperty('issues');
    expect(WorkflowDefinitionSchema['~standard'].validate({ id: 'x' })).toHaveProperty('issues');
  });

  it('reports every semantic problem in one error', () => {
    const input = copyOfBlueBadge();
    input.states.archived = {};
    input.states.submitted!.timers = [{ id: 'noTarget', after: 'P1D' }];
    try {
      createMachine(input, registry);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.code)).toEqual([
        'workflow.timer_without_target',
        'workflow.unreachable_state',
      ]);
      expect((error as ValidationError).message).toMatch(/and 1 more problem/);
    }
  });
});
