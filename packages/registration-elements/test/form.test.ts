import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ITEMS, validateAnswer, type Question } from '@civicbricks/registration';
import { applyItemAction, fieldId, fieldName, inputFromAnswer, pageAction, postedAnswers } from '../src/form.js';

const label = { en: 'Question' };
const today = '2026-11-22';

/** A stored answer shown again in the form and posted back unchanged must store the same answer. */
function roundTrips(question: Question, raw: unknown): void {
  const first = validateAnswer(question, raw, { today });
  if (!first.ok) throw new Error(`${JSON.stringify(raw)} should be valid: ${first.errors.map((error) => error.message).join(', ')}`);
  const again = validateAnswer(question, inputFromAnswer(question, first.value), { today });
  expect(again).toEqual(first);
}

describe('inputFromAnswer', () => {
  it('gives back money the way a person types it, for any amount', () => {
    const question: Question = { id: 'rent', type: 'money', label, allowNegative: true };
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), (pence) => {
        const raw = `${pence < 0 ? '-' : ''}${Math.floor(Math.abs(pence) / 100)}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;
        roundTrips(question, raw);
      }),
    );
  });

  it('gives back numbers, whole and decimal', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => roundTrips({ id: 'n', type: 'number', label }, String(n))));
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99 }), (whole, cents) =>
        roundTrips({ id: 'n', type: 'number', label, decimal: true }, `${whole}.${String(cents).padStart(2, '0')}`),
      ),
    );
  });

  it('gives back any real date as its day, month and year', () => {
    const question: Question = { id: 'dob', type: 'date', label, mustBe: 'past' };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-11-21T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          roundTrips(question, {
            day: String(date.getUTCDate()),
            month: String(date.getUTCMonth() + 1),
            year: String(date.getUTCFullYear()),
          });
        },
      ),
    );
  });

  it('gives back choices, yes or no, and any set of ticked boxes', () => {
    const options = ['a', 'b', 'c', 'd'].map((value) => ({ value, label }));
    roundTrips({ id: 'r', type: 'radios', label, options }, 'c');
    roundTrips({ id: 's', type: 'select', label, options }, 'b');
    roundTrips({ id: 'y', type: 'yesNo', label }, 'yes');
    roundTrips({ id: 'y', type: 'yesNo', label }, 'no');
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }), (ticked) =>
        roundTrips({ id: 'c', type: 'checkboxes', label, options }, ticked),
      ),
    );
  });

  it.each<[Question, unknown]>([
    [{ id: 'q', type: 'text', label }, '  some   text '],
    [{ id: 'q', type: 'longText', label, maxLength: 50 }, 'line one\nline two'],
    [{ id: 'q', type: 'email', label }, ' Someone@Example.ORG '],
    [{ id: 'q', type: 'phone', label }, '+44 (0)7700 900-982'],
    [{ id: 'q', type: 'postcode', label }, 'sw1a1aa'],
    [{ id: 'q', type: 'nationalInsuranceNumber', label }, 'ab 12 34 56 c'],
    [{ id: 'q', type: 'nhsNumber', label }, '943-476-5919'],
    [{ id: 'q', type: 'name', label }, ' Ffion   Evans '],
    [
      { id: 'q', type: 'name', label, parts: 'firstAndLast' },
      { first: 'Ffion', last: 'Evans' },
    ],
    [
      { id: 'q', type: 'address', label },
      { line1: '1 High St', line2: '', town: 'Anytown', county: 'Anyshire', postcode: 'cf10 1aa' },
    ],
    [
      {
        id: 'q',
        type: 'addAnother',
        label,
        questions: [
          { id: 'born', type: 'date', label },
          { id: 'name', type: 'text', label },
        ],
      },
      [{ born: { day: '1', month: '2', year: '2003' }, name: 'Ann' }],
    ],
  ])('gives back a %j answer unchanged', (question, raw) => roundTrips(question, raw));

  it('shows nothing for a question not answered or left blank', () => {
    expect(inputFromAnswer({ id: 'q', type: 'text', label }, undefined)).toBeUndefined();
    expect(inputFromAnswer({ id: 'q', type: 'text', label, optional: true }, null)).toBeUndefined();
  });
});

describe('postedAnswers', () => {
  const questions: Question[] = [
    { id: 'dob', type: 'date', label },
    { id: 'who', type: 'name', parts: 'firstAndLast', label },
    {
      id: 'days',
      type: 'checkboxes',
      label,
      options: [
        { value: 'mon', label },
        { value: 'tue', label },
      ],
    },
    { id: 'note', type: 'text', label },
    {
      id: 'kids',
      type: 'addAnother',
      label,
      questions: [
        { id: 'name', type: 'text', label },
        { id: 'born', type: 'date', label },
      ],
    },
  ];

  it('reads every shape a page posts, and drops add-another items left blank', () => {
    const form = new URLSearchParams([
      ['dob-day', '3'],
      ['dob-month', '11'],
      ['dob-year', '1990'],
      ['who.first', 'Ffion'],
      ['who.last', 'Evans'],
      ['days', 'mon'],
      ['days', 'tue'],
      ['note', 'hello'],
      ['kids[10].name', 'Ben'],
      ['kids[10].born-day', '1'],
      ['kids[2].name', 'Ann'],
      ['kids[11].name', ' '],
      ['kids[11].born-day', ''],
    ]);
    expect(postedAnswers(questions, form)).toEqual({
      dob: { day: '3', month: '11', year: '1990' },
      who: { first: 'Ffion', last: 'Evans' },
      days: ['mon', 'tue'],
      note: 'hello',
      kids: [
        { name: 'Ann', born: { day: undefined, month: undefined, year: undefined } },
        { name: 'Ben', born: { day: '1', month: undefined, year: undefined } },
      ],
    });
  });

  it('reads the same from FormData as from URLSearchParams', () => {
    const entries: [string, string][] = [
      ['note', 'x'],
      ['days', 'tue'],
      ['kids[0].name', 'Cy'],
    ];
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    expect(postedAnswers(questions, data)).toEqual(postedAnswers(questions, new URLSearchParams(entries)));
  });

  it('reads one item more than an add-another question takes, and no more, so the engine can say so', () => {
    const many = new URLSearchParams(Array.from({ length: 2000 }, (_, index) => [`kids[${index}].name`, `Child ${index}`]));
    const six = [{ ...(questions[4] as Question & { type: 'addAnother' }), maxItems: 6 }];
    expect((postedAnswers(six, many).kids as { name: string }[]).map((item) => item.name)).toEqual(
      Array.from({ length: 7 }, (_, index) => `Child ${index}`),
    );
    // With no maxItems, the engine's default limit.
    expect(postedAnswers(questions, many).kids).toHaveLength(DEFAULT_MAX_ITEMS + 1);
  });

  it('ignores fields that belong to no question', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, value) => {
        fc.pre(!/^(dob|who|days|note|kids)/.test(name));
        const posted = postedAnswers(questions, new URLSearchParams([[name, value]]));
        expect(posted.note).toBeUndefined();
        expect(posted.kids).toEqual([]);
      }),
    );
  });
});

describe('pageAction', () => {
  it('reads the pressed button, and treats anything unknown as "Continue"', () => {
    const action = (value?: string) => pageAction(new URLSearchParams(value === undefined ? [] : [['$action', value]]));
    expect(action()).toEqual({ kind: 'continue' });
    expect(action('save')).toEqual({ kind: 'save' });
    expect(action('add:kids')).toEqual({ kind: 'add', question: 'kids' });
    expect(action('remove:kids:3')).toEqual({ kind: 'remove', question: 'kids', index: 3 });
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(!/^(save|add:|remove:)/.test(value));
        expect(action(value)).toEqual({ kind: 'continue' });
      }),
    );
  });

  it('removes exactly the item asked for, counting items left blank, then drops the blank ones', () => {
    const inputs = { kids: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] };
    expect(applyItemAction(inputs, { kind: 'remove', question: 'kids', index: 1 })).toEqual({ kids: [{ name: 'a' }, { name: 'c' }] });
    expect(applyItemAction(inputs, { kind: 'add', question: 'kids' })).toEqual(inputs);
    const withBlank = { kids: [{ name: 'a' }, { name: ' ' }, { name: 'c' }], note: 'x' };
    expect(applyItemAction(withBlank, { kind: 'remove', question: 'kids', index: 2 })).toEqual({ kids: [{ name: 'a' }], note: 'x' });
    const form = new URLSearchParams([
      ['kids[0].name', 'a'],
      ['kids[1].name', ''],
      ['kids[2].name', 'c'],
    ]);
    const kids = [{ id: 'kids', type: 'addAnother', label, questions: [{ id: 'name', type: 'text', label }] }] as Question[];
    expect(applyItemAction(postedAnswers(kids, form, { keepBlankItems: true }), { kind: 'remove', question: 'kids', index: 2 })).toEqual({
      kids: [{ name: 'a' }],
    });
  });
});

describe('field names and ids', () => {
  it('names fields as showFormErrors reads error paths, and makes ids safe in a URL fragment', () => {
    expect(fieldName(['kids', 2, 'born'])).toBe('kids[2].born');
    expect(fieldName(['who', 'first'])).toBe('who.first');
    expect(fieldId(['kids', 2, 'born'])).toBe('kids-2-born');
  });
});
