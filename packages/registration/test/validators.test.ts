import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@civicbricks/core/errors';
import {
  nhsCheckDigit,
  validateEmailAddress,
  validateNationalInsuranceNumber,
  validateNhsNumber,
  validateUkPhoneNumber,
  validateUkPostcode,
} from '../src/validators/index.js';

const value = (result: { ok: boolean; value?: string }) => (result.ok ? result.value : undefined);

describe('validateUkPostcode', () => {
  it('forgives case and stray spaces, and writes one space before the inward code', () => {
    for (const typed of ['sw1a1aa', ' SW1A  1AA ', 'Sw1A 1aA', 's w 1 a 1 a a']) expect(value(validateUkPostcode(typed))).toBe('SW1A 1AA');
    expect(value(validateUkPostcode('cf10 1eP'))).toBe('CF10 1EP');
    expect(value(validateUkPostcode('M11AE'))).toBe('M1 1AE');
    expect(value(validateUkPostcode('b338th'))).toBe('B33 8TH');
    expect(value(validateUkPostcode('gir0aa'))).toBe('GIR 0AA');
  });

  it('refuses what cannot be a postcode with GOV.UK wording in English and Welsh', () => {
    for (const typed of ['20B 2PH', 'SW1A', 'SW1A 1AAA', 'QW1 1AA', 'SW1A 1CA', 'ZZ99 9ZZZ', 'SW1A-1AA']) {
      expect(validateUkPostcode(typed)).toEqual({ ok: false, error: { code: 'postcode.invalid', message: 'Enter a real postcode' } });
    }
    expect(validateUkPostcode('nope', { locale: 'cy' })).toEqual({
      ok: false,
      error: { code: 'postcode.invalid', message: 'Rhowch god post gwirioneddol' },
    });
  });

  it('asks for the postcode when nothing was entered, naming the field when told', () => {
    expect(validateUkPostcode('   ')).toEqual({ ok: false, error: { code: 'postcode.required', message: 'Enter the postcode' } });
    expect(validateUkPostcode('', { label: { enter: 'your postcode', name: 'Postcode' } })).toMatchObject({
      error: { message: 'Enter your postcode' },
    });
    expect(validateUkPostcode('', { locale: 'cy', label: { enter: 'eich cod post', name: 'cod post' } })).toMatchObject({
      error: { message: 'Rhowch eich cod post' },
    });
  });
});

describe('validateNationalInsuranceNumber', () => {
  it('ignores spaces, punctuation and case', () => {
    for (const typed of ['ab123456c', 'AB 12 34 56 C', ' ab-12-34-56-c ', 'A.B.123456.C']) {
      expect(value(validateNationalInsuranceNumber(typed))).toBe('AB123456C');
    }
  });

  it('refuses prefixes that are never issued and wrong shapes', () => {
    for (const typed of [
      'QQ 12 34 56 C',
      'GB123456A',
      'BG123456A',
      'ZZ123456A',
      'NK123456A',
      'DA123456A',
      'AO123456A',
      'AB123456E',
      'AB12345C',
      'AB123456',
    ]) {
      expect(validateNationalInsuranceNumber(typed)).toEqual({
        ok: false,
        error: { code: 'nino.invalid', message: 'Enter a National Insurance number in the correct format' },
      });
    }
    expect(validateNationalInsuranceNumber('', { locale: 'cy' })).toEqual({
      ok: false,
      error: { code: 'nino.required', message: 'Rhowch rif Yswiriant Gwladol' },
    });
  });
});

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const validNhs = digits(9)
  .map((first) => ({ first, check: nhsCheckDigit(first) }))
  .filter((x): x is { first: string; check: number } => x.check !== undefined)
  .map(({ first, check }) => `${first}${check}`);

describe('validateNhsNumber', () => {
  it('accepts a known good number written with spaces or dashes', () => {
    expect(value(validateNhsNumber('943 476 5919'))).toBe('9434765919');
    expect(value(validateNhsNumber('943-476-5919'))).toBe('9434765919');
  });

  it('always accepts a number whose check digit is right', () => {
    fc.assert(fc.property(validNhs, (nhs) => value(validateNhsNumber(nhs)) === nhs));
  });

  it('refuses any number with one digit changed', () => {
    fc.assert(
      fc.property(validNhs, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nhs, position, bump) => {
        const changed = String((Number(nhs[position]) + bump) % 10);
        const typo = `${nhs.slice(0, position)}${changed}${nhs.slice(position + 1)}`;
        expect(validateNhsNumber(typo)).toMatchObject({ ok: false, error: { code: 'nhs.invalid' } });
      }),
    );
  });

  it('says how long it must be, and refuses letters', () => {
    expect(validateNhsNumber('943476591')).toMatchObject({ error: { code: 'nhs.length', message: 'NHS number must be 10 digits' } });
    expect(validateNhsNumber('94347659199', { locale: 'cy' })).toMatchObject({ error: { message: 'Rhaid i’r rhif GIG fod yn 10 digid' } });
    expect(validateNhsNumber('943476591X')).toMatchObject({ error: { code: 'nhs.invalid' } });
  });

  it('refuses numbers whose check digit would be 10', () => {
    // 1000000010: 1×10 + 1×2 = 12, 12 mod 11 = 1, so no check digit exists.
    expect(nhsCheckDigit('100000001')).toBeUndefined();
    for (let last = 0; last <= 9; last++) expect(validateNhsNumber(`100000001${last}`).ok).toBe(false);
  });
});

describe('validateUkPhoneNumber', () => {
  it('reads landlines and mobiles in the forms people write them, to +44 form', () => {
    expect(value(validateUkPhoneNumber('07700 900982'))).toBe('+447700900982');
    expect(value(validateUkPhoneNumber('+44 7700 900 982'))).toBe('+447700900982');
    expect(value(validateUkPhoneNumber('+44 (0)7700-900-982'))).toBe('+447700900982');
    expect(value(validateUkPhoneNumber('0044 7700 900982'))).toBe('+447700900982');
    expect(value(validateUkPhoneNumber('(01632) 960 001'))).toBe('+441632960001');
    expect(value(validateUkPhoneNumber('029 2018 0000'))).toBe('+442920180000');
    expect(value(validateUkPhoneNumber('0808 157 0192'))).toBe('+448081570192');
  });

  it('refuses numbers that are not UK numbers', () => {
    for (const typed of [
      '12345',
      '07700 90098',
      '07700 9009821',
      '+1 202 555 0100',
      '00 33 1 23 45 67 89',
      '0600 000 0000',
      'call me',
      '07700 900982 ext 4',
    ]) {
      expect(validateUkPhoneNumber(typed)).toMatchObject({ ok: false, error: { code: 'phone.invalid' } });
    }
    expect(validateUkPhoneNumber('')).toEqual({ ok: false, error: { code: 'phone.required', message: 'Enter a UK telephone number' } });
  });
});

describe('validateEmailAddress', () => {
  it('trims and lower-cases the domain only', () => {
    expect(value(validateEmailAddress('  Jo.Bloggs+council@Example.GOV.uk '))).toBe('Jo.Bloggs+council@example.gov.uk');
  });

  it('refuses addresses that cannot work', () => {
    for (const typed of [
      'name',
      'name@',
      '@example.com',
      'name@example',
      'na me@example.com',
      'name@@example.com',
      'name..x@example.com',
      'name@-example.com',
      'name@example.c',
    ]) {
      expect(validateEmailAddress(typed)).toEqual({
        ok: false,
        error: { code: 'email.invalid', message: 'Enter an email address in the correct format, like name@example.com' },
      });
    }
    expect(validateEmailAddress('x', { locale: 'cy' })).toMatchObject({
      error: { message: 'Rhowch gyfeiriad e-bost yn y ffurf gywir, fel name@example.com' },
    });
  });
});

describe('every validator', () => {
  const validators = [validateUkPostcode, validateNationalInsuranceNumber, validateNhsNumber, validateUkPhoneNumber, validateEmailAddress];

  it('gives the same value when its own value is validated again (idempotent)', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^ ?[a-zA-Z]{1,2}\d{1,2} ?\d[a-zA-Z]{2} ?$/),
      fc.stringMatching(/^[a-zA-Z]{2}[ -]?\d{2} ?\d{2} ?\d{2} ?[a-dA-D]$/),
      fc.stringMatching(/^(\+44 ?|0)7\d{3} ?\d{6}$/),
      fc.stringMatching(/^[a-zA-Z0-9.]{1,8}@[a-zA-Z]{1,8}\.[a-zA-Z]{2,4}$/),
      validNhs,
    );
    fc.assert(
      fc.property(typed, (text) => {
        for (const validate of validators) {
          const first = validate(text);
          if (first.ok) expect(validate(first.value)).toEqual(first);
        }
      }),
    );
  });

  it('never throws on any text, and always answers with a code and a message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        for (const validate of validators) {
          const result = validate(text);
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
        }
      }),
    );
  });

  it('throws a typed error with a path for input that is not text, or bad options', () => {
    for (const validate of validators) {
      for (const bad of [undefined, null, 42, {}, [], true]) {
        expect(() => validate(bad as string)).toThrow(ValidationError);
        try {
          validate(bad as string);
        } catch (error) {
          expect((error as ValidationError).path).toEqual(['input']);
        }
      }
      expect(() => validate('x', { locale: 'fr' as 'en' })).toThrow(expect.objectContaining({ path: ['options', 'locale'] }));
      expect(() => validate('x', { label: { enter: '' } } as never)).toThrow(ValidationError);
    }
    expect(() => nhsCheckDigit('12')).toThrow(expect.objectContaining({ path: ['firstNine'] }));
  });
});
