import { describe, expect, it } from 'vitest';
import { PREFILL_FIELDS_FOR, validateJourney } from '../src/index.js';
import { questionTypes } from '../src/question-types/index.js';

describe('question types registry', () => {
  it('files each module under its own type, so a lookup by type finds the module written for it', () => {
    for (const [key, definition] of Object.entries(questionTypes)) expect(definition.type).toBe(key);
  });

  it('derives which profile fields suit which types from the modules, as before they moved there', () => {
    expect({ ...PREFILL_FIELDS_FOR }).toEqual({
      name: ['name'],
      text: ['name', 'firstName', 'lastName'],
      date: ['dateOfBirth'],
      email: ['email'],
      phone: ['phone'],
      address: ['address'],
      postcode: ['postcode'],
    });
    const journey = (type: string, from: string) => ({
      schemaVersion: 1,
      id: 'j',
      version: 1,
      title: { en: 'J' },
      start: 'a',
      pages: [
        { id: 'a', type: 'question', questions: [{ id: 'q', type, label: { en: 'Q' }, prefill: { from } }], routes: [{ to: 'c' }] },
        { id: 'c', type: 'checkAnswers', next: 'd' },
        { id: 'd', type: 'confirmation', title: { en: 'Done' } },
      ],
    });
    expect(() => validateJourney(journey('longText', 'name'))).toThrow();
    expect(() => validateJourney(journey('text', 'firstName'))).not.toThrow();
  });

  it('lets each type be compared by the route operators it could be before they moved into the modules', () => {
    const equality = [
      'text',
      'longText',
      'number',
      'money',
      'email',
      'phone',
      'postcode',
      'nationalInsuranceNumber',
      'nhsNumber',
      'yesNo',
      'radios',
      'select',
      'date',
      'name',
    ];
    const expected: Record<string, readonly string[]> = {
      gt: ['number', 'money'],
      gte: ['number', 'money'],
      lt: ['number', 'money'],
      lte: ['number', 'money'],
      before: ['date'],
      onOrBefore: ['date'],
      after: ['date'],
      onOrAfter: ['date'],
      contains: ['checkboxes'],
      equals: equality,
      oneOf: equality,
    };
    for (const [op, types] of Object.entries(expected)) {
      const comparing = Object.values(questionTypes).filter((type) => (type.comparedBy as readonly string[] | undefined)?.includes(op));
      expect(comparing.map((type) => type.type).sort(), op).toEqual([...types].sort());
    }
  });
});
