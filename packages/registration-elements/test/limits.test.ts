// The checks the journey handler runs on a raw body before parsing it: they must agree with the parser on
// what the body holds, whatever the strings inside it contain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormShape, checkJsonShape } from '../src/server/limits.js';

/** How deep a parsed JSON value nests: a scalar is 0, `[]` is 1. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const roomy = { maxValues: 1_000_000, maxKeyLength: 1_000_000 };

describe('checkJsonShape', () => {
  it('measures the nesting JSON.parse finds, whatever brackets, quotes and escapes the strings hold', () => {
    const tricky = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', 'a', '\u0000') });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        tricky,
        fc.integer(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(tricky, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value);
        const depth = depthOf(JSON.parse(text));
        expect(checkJsonShape(text, { ...roomy, maxDepth: depth })).toBeUndefined();
        if (depth > 0) expect(checkJsonShape(text, { ...roomy, maxDepth: depth - 1 })).toBe('depth');
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('counts values and measures keys, not strings that only look like them', () => {
    expect(checkJsonShape('[1,2,3]', { ...roomy, maxDepth: 8, maxValues: 3 })).toBeUndefined();
    expect(checkJsonShape('[1,2,3,4]', { ...roomy, maxDepth: 8, maxValues: 3 })).toBe('fields');
    expect(checkJsonShape('["a,b,c,d"]', { ...roomy, maxDepth: 8, maxValues: 1 })).toBeUndefined();
    expect(checkJsonShape(`{"${'k'.repeat(11)}":1}`, { ...roomy, maxDepth: 8, maxKeyLength: 10 })).toBe('key');
    // A long value is not a long key.
    expect(checkJsonShape(`{"k":"${'v'.repeat(50)}"}`, { ...roomy, maxDepth: 8, maxKeyLength: 10 })).toBeUndefined();
    expect(checkJsonShape(`["${'v'.repeat(50)}",{"k":1}]`, { ...roomy, maxDepth: 8, maxKeyLength: 10 })).toBeUndefined();
  });
});

describe('checkFormShape', () => {
  it('counts the fields URLSearchParams reads, and measures each name as sent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string()), { maxLength: 20 }), (entries) => {
        const body = new URLSearchParams(entries).toString();
        const fields = [...new URLSearchParams(body)].length;
        expect(checkFormShape(body, { maxFields: fields, maxKeyLength: 10_000 })).toBeUndefined();
        if (fields > 0) expect(checkFormShape(body, { maxFields: fields - 1, maxKeyLength: 10_000 })).toBe('fields');
      }),
      { seed: 12, numRuns: 200 },
    );
    expect(checkFormShape('a=1&&&b=2&', { maxFields: 2, maxKeyLength: 10 })).toBeUndefined();
    expect(checkFormShape(`${'k'.repeat(11)}=1`, { maxFields: 2, maxKeyLength: 10 })).toBe('key');
    expect(checkFormShape(`k=${'v'.repeat(50)}`, { maxFields: 2, maxKeyLength: 10 })).toBeUndefined();
    expect(checkFormShape('k'.repeat(11), { maxFields: 2, maxKeyLength: 10 })).toBe('key');
  });
});
