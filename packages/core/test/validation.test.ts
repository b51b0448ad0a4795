import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseInput, ValidationError } from '../src/index.js';

const Person = z.object({
  name: z.string().check(z.minLength(1, 'Enter your full name')),
  age: z.number().check(z.int(), z.gte(0)),
  contact: z.enum(['email', 'phone']),
  addresses: z.array(z.object({ postcode: z.string() })),
});

describe('parseInput', () => {
  it('returns the parsed value when the input is valid', () => {
    const value = { name: 'Ann', age: 40, contact: 'email', addresses: [] };
    expect(parseInput(Person, value)).toEqual(value);
  });

  it('lists every problem with its path, keeping a schema author’s own message', () => {
    let caught: unknown;
    try {
      parseInput(
        Person,
        { name: '', age: -1, contact: 'fax', addresses: [{ postcode: 7 }] },
        { path: ['applicant'], codePrefix: 'person' },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['applicant', 'name'],
      ['applicant', 'age'],
      ['applicant', 'contact'],
      ['applicant', 'addresses', 0, 'postcode'],
    ]);
    expect(error.issues[0]?.message).toBe('Enter your full name');
    expect(error.issues[1]?.message).toBe('`applicant.age` is too small: it must be at least 0');
    expect(error.issues[2]?.message).toBe('`applicant.contact` must be one of: "email", "phone"');
    expect(error.issues[3]?.message).toBe('`applicant.addresses[0].postcode` must be a string, not a number');
    expect(error.code).toBe('person.too_small');
    expect(error.message).toContain('and 3 more problems');
  });

  it('says when a field is missing', () => {
    expect(() => parseInput(Person, { age: 1, contact: 'email', addresses: [] })).toThrow('`name` is missing: it must be a string');
    expect(() => parseInput(z.string(), 5, { what: 'reference' })).toThrow('the reference must be a string, not a number');
  });
});
