/**
 * Work queues, search and figures on the memory store, and what needs no
 * store at all: the case type's queue, patch and search checks, and how names
 * and postcodes are normalised.
 */
import { createStore } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { nameKeys, normaliseName, patchFor, postcodeKey, postcodeParts, skillFor } from '../src/queues/index.js';
import { queuedEarlyHelp, queuedEarlyHelpJson } from './queue-fixtures.js';
import { runQueueSuite } from './queue-suite.js';
import { createCaseType, type Issue } from './support.js';

runQueueSuite('the memory store', () => createStore({ adapter: 'memory' }));

function problems(json: unknown): Issue[] {
  try {
    createCaseType(json);
  } catch (error) {
    return (error as { issues: Issue[] }).issues;
  }
  throw new Error('expected the case type to be refused');
}

describe('work queue, allocation and search configuration', () => {
  it('refuses states, flags, fields and patches that do not exist or clash, naming each', () => {
    const json = queuedEarlyHelpJson();
    const broken = {
      ...json,
      flags: ['urgent'],
      workQueues: {
        ...json.workQueues,
        wrong: {
          label: 'Wrong',
          filters: { states: ['nowhere'], flags: ['safeguarding'] },
          columns: ['reference', 'field:missing'],
          sort: { column: 'reference' },
        },
      },
      allocation: { ...json.allocation, patches: { a: ['CF10', 'XX99 9ZZ'], b: ['cf10'] }, skillField: 'postcode' },
      search: { nameFields: ['riskScore'], dateOfBirthField: 'childName' },
    };
    expect(problems(broken).map((issue) => [issue.code, issue.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['cases.case_type.unknown_state', 'workQueues.wrong.filters.states.0'],
        ['cases.case_type.flag_not_allowed', 'workQueues.wrong.filters.flags.0'],
        ['cases.case_type.flag_not_allowed', 'workQueues.urgent.filters.flags.0'],
        ['cases.case_type.unknown_field', 'workQueues.wrong.columns.1'],
        ['cases.case_type.invalid_patch', 'allocation.patches.a.1'],
        ['cases.case_type.patch_claimed_twice', 'allocation.patches.b.0'],
        ['cases.case_type.invalid_field', 'allocation.skillField'],
        ['cases.case_type.invalid_field', 'search.nameFields.0'],
        ['cases.case_type.invalid_field', 'search.dateOfBirthField'],
      ]),
    );
    const noPatches = { ...json, allocation: undefined };
    expect(problems(noPatches).map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['cases.case_type.no_patches', 'cases.case_type.no_skills']),
    );
    const badColumn = { ...json, workQueues: { x: { label: 'X', columns: ['nonsense'], sort: { column: 'reference' } } } };
    expect(problems(badColumn)[0]?.path).toEqual(['workQueues', 'x', 'columns', 0]);
    const unsortable = { ...json, workQueues: { x: { label: 'X', columns: ['reference'], sort: { column: 'field:childName' } } } };
    expect(problems(unsortable)[0]?.path).toEqual(['workQueues', 'x', 'sort', 'column']);
  });

  it('allocates a postcode to the team claiming its sector, else district, else area', () => {
    expect(patchFor(queuedEarlyHelp, 'CF10 1AA')).toBe('cardiff-central');
    expect(patchFor(queuedEarlyHelp, 'cf104ab')).toBe('cardiff-bay');
    expect(patchFor(queuedEarlyHelp, 'CF11 9LJ')).toBe('cardiff-central');
    expect(patchFor(queuedEarlyHelp, 'CF5 1AA')).toBe('vale');
    expect(patchFor(queuedEarlyHelp, 'NP20 1AB')).toBeUndefined();
    expect(patchFor(queuedEarlyHelp, 'not a postcode')).toBeUndefined();
    expect(patchFor(queuedEarlyHelp, undefined)).toBeUndefined();
    expect(skillFor(queuedEarlyHelp, { concern: 'domestic-abuse' })).toBe('domestic-abuse');
    expect(skillFor(queuedEarlyHelp, { concern: 'neglect' })).toBe('*');
  });
});

describe('search keys', () => {
  it('normalises names: case, accents, apostrophes, hyphens and spaces', () => {
    expect(normaliseName("Siân O'Neill")).toBe('sian oneill');
    expect(normaliseName('SIAN ONEILL')).toBe('sian oneill');
    expect(normaliseName('  Zoë   Smith-Jones ')).toBe('zoe smith jones');
    expect(normaliseName('Chloé D’Arcy‑Évans')).toBe('chloe darcy evans');
    expect(normaliseName('Łukasz Nowak')).toBe('łukasz nowak');
    expect(normaliseName('Dafydd ap Gwilym.')).toBe('dafydd ap gwilym');
    expect(nameKeys('Zoë Smith-Jones')).toEqual(['zoe smith jones', 'smith jones zoe', 'jones zoe smith']);
    expect(nameKeys('Sam')).toEqual(['sam']);
    expect(nameKeys('Sam Sam')).toEqual(['sam sam']);
    expect(nameKeys(" ' ")).toEqual([]);
  });

  it('normalises postcodes and splits full ones into area, district and sector', () => {
    expect(postcodeKey(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(postcodeParts('sw1a1aa')).toEqual({ formatted: 'SW1A 1AA', area: 'SW', district: 'SW1A', sector: 'SW1A 1' });
    expect(postcodeParts('M1 1AE')).toEqual({ formatted: 'M1 1AE', area: 'M', district: 'M1', sector: 'M1 1' });
    expect(postcodeParts('CF10')).toBeUndefined();
    expect(postcodeParts('1234567')).toBeUndefined();
  });
});
