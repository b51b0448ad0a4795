// Every public function of core, given input of the wrong kind, must answer with a typed error
// (a CivicError with a code and a message), never a TypeError or a silent wrong answer.
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

const badValues: readonly unknown[] = [undefined, null, Number.NaN, Infinity, -1.5, '', 'not valid', {}, [], true, Symbol('x'), () => 1];

// Predicates answer any value with a boolean; these names say so.
const predicates = new Set(['isCivicError', 'isIsoDate', 'isUkDivision', 'isValidReference', 'isStatusAdvance']);
// Functions that answer any value by design (a `lang` attribute can hold anything; options are optional):
// they may return, but when they throw it must still be a typed error.
const mayReturn = new Set(['resolveLocale', 'generateReference', 'getDefaultBankHolidayCalendar', 'describeType']);

// Values from the list above that are valid input for one function (an empty path is the input as a whole).
const validFor: Record<string, (value: unknown) => boolean> = { formatPath: (value) => Array.isArray(value) && value.length === 0 };

type AnyFunction = (...args: unknown[]) => unknown;
const functions = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
);

describe('bad input to every public function of core', () => {
  it('finds the functions to check', () => {
    expect(functions.map(([name]) => name)).toEqual(
      expect.arrayContaining(['addWorkingDays', 'validateReference', 'defineMessages', 'parseInput']),
    );
  });

  for (const [name, fn] of functions) {
    if (predicates.has(name)) {
      it(`${name} answers any value with a boolean`, () => {
        for (const value of badValues) expect(typeof fn(value)).toBe('boolean');
      });
      continue;
    }
    it(`${name} rejects values of the wrong kind with a typed error`, async () => {
      for (const value of badValues.filter((candidate) => !validFor[name]?.(candidate))) {
        let outcome: unknown;
        let threw = false;
        try {
          outcome = await fn(value, value, value);
        } catch (error) {
          outcome = error;
          threw = true;
        }
        if (!threw && mayReturn.has(name)) continue;
        const described = typeof value === 'symbol' ? value.toString() : typeof value === 'function' ? 'a function' : JSON.stringify(value);
        expect(outcome, `${name}(${described})`).toBeInstanceOf(core.CivicError);
        const error = outcome as core.CivicError;
        expect(error.code, `${name}(${described}) code`).toMatch(/^[a-z0-9_]+\.[a-z0-9_.]+$/);
        expect(error.message.length, `${name}(${described}) message`).toBeGreaterThan(10);
      }
    });
  }
});
