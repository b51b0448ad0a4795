import { describe, expect, it } from 'vitest';
import { ValidationError } from '@civicbricks/core/errors';
import { evaluateCondition, JourneyDefinitionSchema, validateJourney, type JourneyDefinition } from '../src/index.js';
import { registerJourney, today } from './fixtures.js';

type Mutable = { -readonly [K in keyof JourneyDefinition]: unknown } & { pages: Record<string, unknown>[] };
const copy = (): Mutable => structuredClone(registerJourney) as unknown as Mutable;

function issuesOf(definition: unknown) {
  try {
    validateJourney(definition);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ code, path }) => ({ code, path }));
  }
  throw new Error('expected the journey to be refused');
}

describe('validateJourney', () => {
  it('accepts a good journey and returns it typed', () => {
    expect(validateJourney(registerJourney).start).toBe('dob');
  });

  it('exports the JSON shape as a zod schema a journey builder can check drafts with', () => {
    expect(JourneyDefinitionSchema.safeParse(registerJourney).success).toBe(true);
    const j = copy();
    j.pages[0]!['questions'] = 'dob';
    const result = JourneyDefinitionSchema.safeParse(j);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['pages', 0, 'questions']);
    // The shape alone: a route to a page that does not exist is for validateJourney to find.
    const routed = copy();
    (routed.pages[2] as { routes: { to: string }[] }).routes[1]!.to = 'adress';
    expect(JourneyDefinitionSchema.safeParse(routed).success).toBe(true);
  });

  it('names a route to a missing page, with its path', () => {
    const j = copy();
    (j.pages[2] as { routes: { to: string }[] }).routes[1]!.to = 'adress';
    expect(issuesOf(j)).toContainEqual({ code: 'registration.journey.missing_page', path: ['pages', 2, 'routes', 1, 'to'] });
  });

  it('names a cycle with no way out', () => {
    const j = copy();
    (j.pages[4] as { routes: unknown }).routes = [{ to: 'how-many' }];
    (j.pages[3] as { routes: unknown }).routes = [{ to: 'address' }];
    const issues = issuesOf(j);
    expect(issues).toContainEqual({ code: 'registration.journey.no_way_out', path: ['pages', 3] });
    expect(issues).toContainEqual({ code: 'registration.journey.no_way_out', path: ['pages', 4] });
  });

  it('names a condition on a question that is only asked later', () => {
    const j = copy();
    (j.pages[0] as { routes: unknown[] }).routes.unshift({ to: 'address', when: { question: 'hasChildren', op: 'equals', value: false } });
    expect(issuesOf(j)).toContainEqual({
      code: 'registration.journey.condition_on_later_question',
      path: ['pages', 0, 'routes', 0, 'when', 'question'],
    });
  });

  it('names a page that cannot be reached', () => {
    const j = copy();
    j.pages.push({ id: 'orphan', type: 'exit', title: { en: 'Nobody gets here' } });
    expect(issuesOf(j)).toEqual([{ code: 'registration.journey.unreachable_page', path: ['pages', 7] }]);
  });

  it('names unknown questions, unsuitable operators, unknown options and a missing default route', () => {
    const j = copy();
    const children = j.pages[2] as { routes: unknown[] };
    children.routes = [
      { to: 'how-many', when: { all: [{ question: 'nope', op: 'answered' }, { not: { question: 'dob', op: 'gt', value: 3 } }] } },
      { to: 'address', when: { question: 'hasChildren', op: 'equals', value: 'yes' } },
    ];
    expect(issuesOf(j)).toEqual([
      { code: 'registration.journey.no_default_route', path: ['pages', 2, 'routes', 1] },
      { code: 'registration.journey.unknown_question', path: ['pages', 2, 'routes', 0, 'when', 'all', 0, 'question'] },
      { code: 'registration.journey.condition_type', path: ['pages', 2, 'routes', 0, 'when', 'all', 1, 'not', 'op'] },
      { code: 'registration.journey.condition_type', path: ['pages', 2, 'routes', 1, 'when', 'value'] },
    ]);
  });

  it('names duplicates, a grouped page without a title and a structural mistake', () => {
    const j = copy();
    (j.pages[3] as { id: string }).id = 'children';
    expect(issuesOf(j)).toContainEqual({ code: 'registration.journey.duplicate_page', path: ['pages', 3, 'id'] });
    const k = copy();
    delete (k.pages[4] as { title?: unknown }).title;
    expect(issuesOf(k)).toEqual([{ code: 'registration.journey.title_needed', path: ['pages', 4, 'title'] }]);
    expect(issuesOf({ ...copy(), schemaVersion: 2 })[0]?.path).toEqual(['schemaVersion']);
    for (const bad of [undefined, null, 42, 'journey', []]) expect(() => validateJourney(bad)).toThrow(ValidationError);
  });
});

describe('evaluateCondition', () => {
  it('compares dates relative to today, numbers, choices and combinations', () => {
    const sixteen = { question: 'dob', op: 'onOrBefore', value: { relative: { years: -16 } } } as const;
    expect(evaluateCondition(sixteen, { dob: '2010-03-15' }, { today })).toBe(true);
    expect(evaluateCondition(sixteen, { dob: '2010-03-16' }, { today })).toBe(false);
    expect(evaluateCondition(sixteen, {}, { today })).toBe(false);
    expect(evaluateCondition({ question: 'n', op: 'gte', value: 2 }, { n: 2 })).toBe(true);
    expect(evaluateCondition({ question: 'c', op: 'contains', value: 'bins' }, { c: ['bins'] })).toBe(true);
    expect(evaluateCondition({ question: 'r', op: 'oneOf', value: ['a', 'b'] }, { r: 'c' })).toBe(false);
    expect(evaluateCondition({ question: 'p', op: 'notAnswered' }, { p: null })).toBe(true);
    expect(
      evaluateCondition({ any: [{ question: 'x', op: 'answered' }, { not: { question: 'y', op: 'equals', value: true } }] }, { y: false }),
    ).toBe(true);
    expect(
      evaluateCondition(
        {
          all: [
            { question: 'x', op: 'answered' },
            { question: 'y', op: 'equals', value: true },
          ],
        },
        { x: 'a', y: false },
      ),
    ).toBe(false);
  });

  it('throws a typed error for a malformed condition', () => {
    expect(() => evaluateCondition({ question: 'x', op: 'near' } as never, {})).toThrow(expect.objectContaining({ path: ['condition'] }));
    expect(() => evaluateCondition({ question: 'x', op: 'answered' }, null as never)).toThrow(ValidationError);
  });
});
