import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CivicError, ValidationError } from '../src/errors.js';
import { thrownWith } from './support/thrown.js';
import {
  generateReference,
  isValidReference,
  normaliseReference,
  REFERENCE_ALPHABET,
  REFERENCE_ENTROPY_BITS,
  REFERENCE_LENGTH,
  validateReference,
  type RandomSource,
} from '../src/reference.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const expectError = (action: () => unknown, code: string, path?: readonly (string | number)[]): CivicError =>
  thrownWith(action, CivicError, code, path);

/** A random source that hands out `bytes` in order, recording how many were asked for each time. */
function scripted(bytes: readonly number[]): RandomSource & { readonly requests: number[] } {
  let next = 0;
  const requests: number[] = [];
  const source = (array: Uint8Array): Uint8Array => {
    requests.push(array.length);
    for (let index = 0; index < array.length; index += 1) {
      const byte = bytes[next];
      if (byte === undefined) throw new Error('scripted source ran out of bytes');
      array[index] = byte;
      next += 1;
    }
    return array;
  };
  return Object.assign(source, { requests });
}

// The check, written from its definition in the module's documentation: position i
// (from 0) weighs i + 1, and the weighted sum of alphabet positions is 0 modulo 23.
function passesCheck(reference: string): boolean {
  let sum = 0;
  [...reference].forEach((character, index) => {
    sum += (index + 1) * REFERENCE_ALPHABET.indexOf(character);
  });
  return sum % 23 === 0;
}

const randomPart = fc.array(fc.integer({ min: 0, max: 252 }), { minLength: 7, maxLength: 7 });
const anyReference = randomPart.map((bytes) => generateReference({ random: scripted(bytes) }));

describe('the alphabet', () => {
  it('has 23 different characters and none that people confuse', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(23);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(23);
    for (const character of '0O1IL5S2Z8BUV') expect(REFERENCE_ALPHABET).not.toContain(character);
    expect(REFERENCE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });

  it('gives 7 random characters of 23, about 31.7 bits', () => {
    expect(REFERENCE_LENGTH).toBe(8);
    expect(REFERENCE_ENTROPY_BITS).toBeCloseTo(Math.log2(23 ** 7), 10);
    expect(REFERENCE_ENTROPY_BITS).toBeCloseTo(31.665, 3);
  });
});

describe('generateReference', () => {
  it('makes 8 characters from the alphabet that pass their own check', () => {
    for (let count = 0; count < 500; count += 1) {
      const reference = generateReference();
      expect(reference).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`));
      expect(passesCheck(reference)).toBe(true);
      expect(validateReference(reference)).toBe(reference);
    }
  });

  it('draws from globalThis.crypto.getRandomValues by default', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    generateReference();
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.calls[0]?.[0]).toBeInstanceOf(Uint8Array);
  });

  it('rarely repeats: 2,000 references from the real source are all different', () => {
    // The chance of any repeat among 2,000 of 3.4 billion is about 1 in 1,700.
    const references = new Set(Array.from({ length: 2000 }, () => generateReference()));
    expect(references.size).toBeGreaterThanOrEqual(1999);
  });

  it('turns each usable byte into the character at byte mod 23, then adds the check character', () => {
    // 0..6 are "34679AC"; 1·0 + 2·1 + … + 7·6 = 112, and 112 + 8·9 = 184 = 8 × 23, so the check is "F" (position 9).
    expect(generateReference({ random: scripted([0, 1, 2, 3, 4, 5, 6]) })).toBe('34679ACF');
    expect(generateReference({ random: scripted([23, 24, 25, 26, 27, 28, 29]) })).toBe('34679ACF');
    expect(generateReference({ random: scripted([252, 252, 252, 252, 252, 252, 252]) }).slice(0, 7)).toBe('YYYYYYY');
  });

  it('throws away bytes 253 to 255 instead of folding them onto the first characters', () => {
    const random = scripted([253, 0, 254, 255, 1, 2, 3, 4, 5, 6]);
    expect(generateReference({ random })).toBe('34679ACF');
    // Asks again for exactly the three it still needed.
    expect(random.requests).toEqual([7, 3]);
  });

  it('uses every character equally often when the bytes are uniform', () => {
    // 253 references take 1,771 = 7 × 253 usable bytes: each of 0..252 seven times.
    const bytes = Array.from({ length: 256 * 7 }, (_, index) => index % 256);
    const random = scripted(bytes);
    const counts = new Map<string, number>();
    for (let count = 0; count < 253; count += 1) {
      for (const character of generateReference({ random }).slice(0, 7)) {
        counts.set(character, (counts.get(character) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(23);
    for (const character of REFERENCE_ALPHABET) expect(counts.get(character)).toBe(77);
  });

  it('gives up with a typed error when the source only gives unusable bytes', () => {
    const broken = (array: Uint8Array): void => {
      array.fill(255);
    };
    expect(() => generateReference({ random: broken })).toThrow(CivicError);
    expectError(() => generateReference({ random: broken }), 'reference.random_source_failed');
  });

  it('says so when there is no Web Crypto', () => {
    vi.stubGlobal('crypto', undefined);
    expectError(() => generateReference(), 'reference.no_random_source');
    // An injected source still works without it.
    expect(generateReference({ random: scripted([0, 1, 2, 3, 4, 5, 6]) })).toBe('34679ACF');
  });

  it('groups the reference for display when asked', () => {
    expect(generateReference({ random: scripted([0, 1, 2, 3, 4, 5, 6]), format: 'display' })).toBe('3467-9ACF');
    expect(generateReference({ random: scripted([0, 1, 2, 3, 4, 5, 6]), format: 'compact' })).toBe('34679ACF');
  });

  it('refuses options it does not understand', () => {
    expectError(() => generateReference({ random: 42 as unknown as RandomSource }), 'reference.invalid_type', ['options', 'random']);
    expectError(() => generateReference({ format: 'dashed' as 'display' }), 'reference.invalid_value', ['options', 'format']);
    expectError(() => generateReference({ length: 12 } as unknown as { format: 'display' }), 'reference.unrecognized_keys', ['options']);
  });
});

describe('the check character', () => {
  it('catches every single wrong character and every swap of two characters, in any reference', () => {
    let checked = 0;
    fc.assert(
      fc.property(anyReference, (reference) => {
        expect(validateReference(reference)).toBe(reference);
        for (let position = 0; position < REFERENCE_LENGTH; position += 1) {
          for (const replacement of REFERENCE_ALPHABET) {
            if (replacement === reference[position]) continue;
            const typo = reference.slice(0, position) + replacement + reference.slice(position + 1);
            expectError(() => validateReference(typo), 'reference.check_failed');
            checked += 1;
          }
        }
        for (let first = 0; first < REFERENCE_LENGTH; first += 1) {
          for (let second = first + 1; second < REFERENCE_LENGTH; second += 1) {
            const characters = [...reference];
            const [a, b] = [characters[first], characters[second]];
            if (a === undefined || b === undefined || a === b) continue;
            characters[first] = b;
            characters[second] = a;
            expectError(() => validateReference(characters.join('')), 'reference.check_failed');
            checked += 1;
          }
        }
      }),
      // Each reference is checked against all of its ~200 one-slip typos, so a few dozen references
      // exercise every position and character many times over in well under a second.
      { numRuns: 60 },
    );
    // 60 references × (8 × 22 substitutions + up to 28 swaps).
    expect(checked).toBeGreaterThan(60 * 176);
  });

  it('catches a doubled pair typed as another doubled pair (aa for bb)', () => {
    fc.assert(
      fc.property(
        anyReference,
        fc.integer({ min: 0, max: REFERENCE_LENGTH - 2 }),
        fc.constantFrom(...REFERENCE_ALPHABET),
        (reference, position, replacement) => {
          const original = reference[position];
          fc.pre(original === reference[position + 1] && replacement !== original);
          const typo = reference.slice(0, position) + replacement + replacement + reference.slice(position + 2);
          expect(isValidReference(typo)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lets exactly 1 in 23 of all strings through, as a check character should', () => {
    // Every 7-character start has exactly one check character that completes it.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REFERENCE_ALPHABET), { minLength: 7, maxLength: 7 }), (start) => {
        const passing = [...REFERENCE_ALPHABET].filter((check) => isValidReference(start.join('') + check));
        expect(passing).toHaveLength(1);
        expect(passesCheck(start.join('') + passing[0])).toBe(true);
      }),
    );
  });
});

describe('normaliseReference', () => {
  it.each([
    ['ht4k-n7qr', 'HT4KN7QR'],
    [' HT4K N7QR ', 'HT4KN7QR'],
    ['HT4K\u2013N7QR', 'HT4KN7QR'],
    ['HT4K\u2212N7QR', 'HT4KN7QR'],
    ['h t 4 k\u00a0n-7-q-r', 'HT4KN7QR'],
    ['', ''],
  ])('tidies %j to %j', (input, expected) => {
    expect(normaliseReference(input)).toBe(expected);
  });

  it('groups in fours for display', () => {
    expect(normaliseReference('ht4kn7qr', { format: 'display' })).toBe('HT4K-N7QR');
    expect(normaliseReference('HT4K-N7QR', { format: 'compact' })).toBe('HT4KN7QR');
    expect(normaliseReference('abcdefghij', { format: 'display' })).toBe('ABCD-EFGH-IJ');
  });

  it('swaps no lookalike characters, since neither side of a confusable pair is used', () => {
    expect(normaliseReference('o0i1l5s2z8b')).toBe('O0I1L5S2Z8B');
  });

  it('refuses anything but text, and unknown options', () => {
    expectError(() => normaliseReference(12_345_678 as unknown as string), 'reference.invalid_type');
    expectError(() => normaliseReference('x', { format: 'spaced' as 'display' }), 'reference.invalid_value', ['options', 'format']);
  });

  it('is idempotent, and undoes any spacing, casing or grouping of a reference', () => {
    fc.assert(
      fc.property(
        anyReference,
        fc.array(fc.constantFrom('', ' ', '-', '\u2010'), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (reference, gaps, lower) => {
          const messy = [...(lower ? reference.toLowerCase() : reference)]
            .map((character, index) => character + (gaps[index] ?? ''))
            .join('');
          expect(normaliseReference(messy)).toBe(reference);
          expect(normaliseReference(normaliseReference(messy))).toBe(reference);
          expect(validateReference(messy)).toBe(reference);
        },
      ),
    );
  });
});

describe('validateReference', () => {
  it('returns the reference normalised, compact or grouped', () => {
    expect(validateReference('ht4k-n7qr')).toBe('HT4KN7QR');
    expect(validateReference(' HT4KN7QR ', { format: 'display' })).toBe('HT4K-N7QR');
  });

  it.each([
    ['', 'reference.empty', 'Enter your reference number'],
    [' - ', 'reference.empty', 'Enter your reference number'],
    ['HT4K-N7QO', 'reference.invalid_character', 'Reference number cannot include ‘O’ – check it and enter it again'],
    ['ht4k-n7q0', 'reference.invalid_character', 'Reference number cannot include ‘0’ – check it and enter it again'],
    ['HT4KN7QRB', 'reference.invalid_character', 'Reference number cannot include ‘B’ – check it and enter it again'],
    ['someone@example.com', 'reference.invalid_character', 'Reference number must only include letters and numbers'],
    ['HT4K.N7QR', 'reference.invalid_character', 'Reference number must only include letters and numbers'],
    ['HT4ÉN7QR', 'reference.invalid_character', 'Reference number must only include letters and numbers'],
    ['HT4KN7Q', 'reference.wrong_length', 'Reference number must be 8 characters'],
    ['HT4KN7QRR', 'reference.wrong_length', 'Reference number must be 8 characters'],
    ['HT4KN7QT', 'reference.check_failed', 'Check your reference number – one or more characters are wrong'],
    ['TH4KN7QR', 'reference.check_failed', 'Check your reference number – one or more characters are wrong'],
  ])('refuses %j with %s', (input, code, message) => {
    const error = expectError(() => validateReference(input), code);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(message);
    expect(isValidReference(input)).toBe(false);
  });

  it('points the error at the form field', () => {
    const error = expectError(() => validateReference('nope', { path: ['lookup', 'reference'] }), 'reference.invalid_character', [
      'lookup',
      'reference',
    ]);
    expect(error.issues).toEqual([{ code: 'reference.invalid_character', path: ['lookup', 'reference'], message: error.message }]);
    expectError(() => validateReference('', { path: ['ref'] }), 'reference.empty', ['ref']);
  });

  it('refuses anything but text, and unknown options', () => {
    expectError(() => validateReference(null as unknown as string, { path: ['ref'] }), 'reference.invalid_type', ['ref']);
    expectError(() => validateReference('HT4KN7QR', { strict: true } as unknown as { format: 'compact' }), 'reference.unrecognized_keys', [
      'options',
    ]);
    expectError(() => validateReference('HT4KN7QR', { path: 'ref' } as unknown as { format: 'compact' }), 'reference.invalid_type', [
      'options',
      'path',
    ]);
  });
});

describe('isValidReference', () => {
  it('says yes to good references and no to anything else, without throwing', () => {
    expect(isValidReference('HT4KN7QR')).toBe(true);
    expect(isValidReference('ht4k-n7qr')).toBe(true);
    expect(isValidReference('HT4KN7QT')).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isValidReference(value)).toBe('boolean');
      }),
    );
  });

  it('agrees with the check for any 8 characters of the alphabet', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REFERENCE_ALPHABET), { minLength: 8, maxLength: 8 }), (characters) => {
        const reference = characters.join('');
        expect(isValidReference(reference)).toBe(passesCheck(reference));
      }),
    );
  });
});
