import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSms,
  GSM_BASIC_CHARACTERS,
  GSM_EXTENDED_CHARACTERS,
  sanitiseSms,
  WELSH_CHARACTERS,
  WELSH_NON_GSM_CHARACTERS,
} from '../src/index.js';

// ESC and the carriage return are in the GSM alphabet but never sent (sms-controls.test.ts): the rest is kept as it is.
const basic = [...GSM_BASIC_CHARACTERS].filter((char) => char !== '\u001b' && char !== '\r');
const extended = [...GSM_EXTENDED_CHARACTERS];
const welshNonGsm = [...WELSH_NON_GSM_CHARACTERS];
const gsmText = (min: number, max: number) =>
  fc.array(fc.constantFrom(...basic), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

describe('sanitiseSms: Notify downgrading', () => {
  it('keeps GSM and Welsh characters as they are', () => {
    const all = [...basic, ...extended, ...WELSH_CHARACTERS].join('');
    expect(sanitiseSms(all)).toBe(all);
    expect(sanitiseSms('Croeso i Gymru: ŵ ŷ â ê î ô û ẁ ỳ ë ÿ Ŵ Ŷ Á')).toBe('Croeso i Gymru: ŵ ŷ â ê î ô û ẁ ỳ ë ÿ Ŵ Ŷ Á');
  });

  it('downgrades dashes, quotes, ellipsis, accents, spaces and the rest', () => {
    expect(sanitiseSms('a – b — c')).toBe('a - b - c');
    expect(sanitiseSms('‘single’ “double”')).toBe('\'single\' "double"');
    expect(sanitiseSms('wait…')).toBe('wait...');
    expect(sanitiseSms('gov\u200b.uk\u200c\u200d\u2060\ufeff\u180e')).toBe('gov.uk');
    expect(sanitiseSms('a\u00a0b\u202fc\td')).toBe('a b c d');
    // ó, ï and ë are Welsh vowels, so they stay; ź, ç and Ł do not.
    expect(sanitiseSms('Łódź façade naïve Zoë')).toBe('Lódz facade naïve Zoë');
    expect(sanitiseSms('Ç stays, ç goes')).toBe('Ç stays, c goes');
    expect(sanitiseSms('emoji 😀 中文 Привет')).toBe('emoji ? ?? ??????');
    expect(sanitiseSms('한')).toBe('?'); // Hangul has no decomposition in Unicode's data, so Notify replaces it
  });

  it('takes one step of decomposition as Notify does: ǖ becomes ü (GSM), Å (Ångström sign) becomes Å', () => {
    expect(sanitiseSms('ǖ')).toBe('ü');
    expect(sanitiseSms('\u212B')).toBe('Å');
    expect(sanitiseSms('\u2126')).toBe('Ω');
    expect(sanitiseSms('Ḉ')).toBe('Ç');
  });

  it('is idempotent and only ever produces GSM or Welsh characters', () => {
    const allowed = new Set([...basic, ...extended, ...WELSH_CHARACTERS]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), (text) => {
        const once = sanitiseSms(text);
        expect(sanitiseSms(once)).toBe(once);
        for (const char of once) expect(allowed.has(char)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('countSms: length and fragments as Notify counts them', () => {
  it('counts extended characters twice', () => {
    expect(countSms('€10 [a]')).toMatchObject({ characters: 10, length: 7, encoding: 'gsm', fragments: 1 });
  });

  it('uses UCS-2 when a Welsh character outside GSM is present, GSM for those inside it', () => {
    expect(countSms('Helô')).toMatchObject({ encoding: 'ucs2', characters: 4 });
    expect(countSms('Helò é Ü')).toMatchObject({ encoding: 'gsm' });
    // Characters that are downgraded do not force UCS-2: the emoji becomes "?".
    expect(countSms('Hi 😀')).toMatchObject({ encoding: 'gsm', characters: 4 });
  });

  it('counts the text before downgrading, as Notify bills it: an ellipsis is one', () => {
    expect(countSms('wait…')).toMatchObject({ characters: 5 });
    expect(countSms('gov\u200b.uk')).toMatchObject({ characters: 6 });
  });

  it('splits GSM at 160, then 153 a fragment', () => {
    fc.assert(
      fc.property(gsmText(1, 1000), (text) => {
        const { characters, fragments, encoding } = countSms(text);
        expect(encoding).toBe('gsm');
        expect(characters).toBe([...text].length);
        expect(fragments).toBe(characters <= 160 ? 1 : Math.ceil(characters / 153));
      }),
    );
    expect(countSms('a'.repeat(160)).fragments).toBe(1);
    expect(countSms('a'.repeat(161)).fragments).toBe(2);
    expect(countSms('a'.repeat(306)).fragments).toBe(2);
    expect(countSms('a'.repeat(307)).fragments).toBe(3);
    expect(countSms(`${'a'.repeat(159)}€`).fragments).toBe(2);
  });

  it('splits UCS-2 at 70, then 67 a fragment', () => {
    fc.assert(
      fc.property(gsmText(0, 600), fc.constantFrom(...welshNonGsm), (text, welsh) => {
        const message = `${welsh}${text}`;
        const { characters, fragments, encoding } = countSms(message);
        expect(encoding).toBe('ucs2');
        expect(fragments).toBe(characters <= 70 ? 1 : Math.ceil(characters / 67));
      }),
    );
    expect(countSms('ŵ'.repeat(70)).fragments).toBe(1);
    expect(countSms('ŵ'.repeat(71)).fragments).toBe(2);
    expect(countSms('ŵ'.repeat(134)).fragments).toBe(2);
    expect(countSms('ŵ'.repeat(135)).fragments).toBe(3);
  });

  it('counts sanitised GSM text as its length with extended characters double', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (text) => {
        const sanitised = sanitiseSms(text);
        const count = countSms(sanitised);
        if (count.encoding === 'gsm') {
          const doubled = [...sanitised].filter((c) => GSM_EXTENDED_CHARACTERS.has(c)).length;
          expect(count.characters).toBe([...sanitised].length + doubled);
        }
        expect(count.length).toBe([...sanitised].length);
      }),
      { numRuns: 500 },
    );
  });

  it('marks messages over 918 characters as too long', () => {
    expect(countSms('a'.repeat(918))).toMatchObject({ tooLong: false, fragments: 6 });
    expect(countSms('a'.repeat(919))).toMatchObject({ tooLong: true, fragments: 7 });
  });
});
