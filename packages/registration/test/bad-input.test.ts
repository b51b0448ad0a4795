// Every public function of the package, given input of the wrong kind, answers with a typed error
// (a CivicError with a code and a message), never a TypeError or a silent wrong answer.
import { describe, expect, it } from 'vitest';
import { CivicError } from '@civicbricks/core/errors';
import * as registration from '../src/index.js';
import * as validators from '../src/validators/index.js';

const badValues: readonly unknown[] = [undefined, null, Number.NaN, Infinity, -1.5, {}, [], true, Symbol('x'), () => 1];
// Arguments that are optional by design: `undefined` is valid for these.
const undefinedIsValid = new Set(['resolveDateRef', 'formatDate']);

type AnyFunction = (...args: unknown[]) => unknown;
const functions = Object.entries({ ...validators, ...registration } as Record<string, unknown>).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
);

describe('bad input to every public function of registration', () => {
  it('finds the functions to check', () => {
    expect(functions.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'validateUkPostcode',
        'validateAnswer',
        'validateJourney',
        'createJourney',
        'journeyPath',
        'checkYourAnswers',
      ]),
    );
  });

  for (const [name, fn] of functions) {
    it(`${name} rejects values of the wrong kind with a typed error`, () => {
      for (const value of badValues) {
        if (value === undefined && undefinedIsValid.has(name)) continue;
        let outcome: unknown;
        try {
          outcome = fn(value, value, value, value, value);
        } catch (error) {
          outcome = error;
        }
        const described = typeof value === 'symbol' ? value.toString() : typeof value === 'function' ? 'a function' : JSON.stringify(value);
        expect(outcome, `${name}(${described})`).toBeInstanceOf(CivicError);
        const error = outcome as CivicError;
        expect(error.code, `${name}(${described}) code`).toMatch(/^[a-z0-9_]+\.[a-z0-9_.]+$/);
        expect(error.message.length, `${name}(${described}) message`).toBeGreaterThan(10);
      }
    });
  }
});

describe('bad input to every public function of registration/store', () => {
  it('rejects values of the wrong kind with a typed error, thrown or as a rejected promise', async () => {
    const store = await import('../src/store/index.js');
    const storeFunctions = Object.entries(store as Record<string, unknown>).filter(
      (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
    );
    expect(storeFunctions.map(([name]) => name).sort()).toEqual([
      'createProfiles',
      'createSaveAndReturn',
      'getSubmission',
      'submitJourney',
    ]);
    for (const [name, fn] of storeFunctions) {
      for (const value of badValues) {
        let outcome: unknown;
        try {
          outcome = await fn(value, value, value, value);
        } catch (error) {
          outcome = error;
        }
        expect(outcome, `${name}(${typeof value === 'symbol' ? 'symbol' : String(value)})`).toBeInstanceOf(CivicError);
        expect((outcome as CivicError).code).toMatch(/^registration\./);
      }
    }
  });
});
