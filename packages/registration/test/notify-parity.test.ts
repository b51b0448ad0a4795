/**
 * GOV.UK Notify's own email and phone number test tables (test/notify-tables/, sources named in each
 * file), run against the validators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEmailAddress, validateUkPhoneNumber } from '../src/validators/index.js';
import { mobileMessages, validateMobileNumber } from '../src/validators/mobile.js';
import { invalidEmailAddresses, strippedEmailAddresses, validEmailAddresses } from './notify-tables/email-addresses.js';
import {
  channelIslandNumbers,
  couldBeRussia,
  dramaNumbers,
  forgivenNumbers,
  internationalNormalised,
  invalidFrench,
  invalidInternational,
  invalidUkLandlines,
  invalidUkMobiles,
  notUkNumbers,
  refusedOldNumbers,
  unparseable,
  unsupportedCountry,
  validInternational,
  validUkLandlines,
  validUkMobiles,
  type Refusal,
} from './notify-tables/phone-numbers.js';

const abroad = { allowInternational: true } as const;
const refused = (code: Refusal) => ({ ok: false, error: { code, message: mobileMessages.en[code] } });

describe('Notify table: email addresses', () => {
  it.each(validEmailAddresses)('accepts %s', (address) => {
    const at = address.lastIndexOf('@');
    expect(validateEmailAddress(address)).toEqual({ ok: true, value: `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}` });
  });

  it.each(invalidEmailAddresses)('refuses %s', (address) => {
    expect(validateEmailAddress(address)).toMatchObject({ ok: false, error: { code: 'email.invalid' } });
  });

  it.each(strippedEmailAddresses)('strips whitespace and zero-width characters: %j', (address) => {
    expect(validateEmailAddress(address)).toEqual({ ok: true, value: 'email@domain.com' });
  });
});

describe('Notify table: mobile numbers for text messages', () => {
  it.each(validUkMobiles)('accepts the UK mobile %j, with or without numbers abroad', (number) => {
    expect(validateMobileNumber(number)).toEqual({ ok: true, value: '+447723456789' });
    expect(validateMobileNumber(number, abroad)).toEqual({ ok: true, value: '+447723456789' });
  });

  it.each(validInternational)('accepts %j only where the service sends abroad', (number) => {
    expect(validateMobileNumber(number, abroad).ok).toBe(true);
    expect(validateMobileNumber(number)).toEqual(refused('mobile.not_uk_mobile'));
  });

  it.each(internationalNormalised)('writes %j as +%s', (number, normalised) => {
    expect(validateMobileNumber(number, abroad)).toEqual({ ok: true, value: `+${normalised}` });
  });

  it.each(invalidUkMobiles)('refuses %j: %s', (number, code) => {
    expect(validateMobileNumber(number)).toEqual(refused(code));
    if (number !== couldBeRussia) expect(validateMobileNumber(number, abroad)).toEqual(refused(code));
  });

  it.each(invalidInternational)('refuses %j abroad: %s', (number, code) => {
    expect(validateMobileNumber(number, abroad)).toEqual(refused(code));
  });

  it.each(invalidUkLandlines)('refuses %j, a number no one can send to (premium rate among them)', (number) => {
    expect(validateMobileNumber(number, abroad)).toEqual(refused('mobile.invalid'));
    expect(validateMobileNumber(number, { allowInternational: true, allowUkLandline: true })).toEqual(refused('mobile.invalid'));
  });

  it.each(validUkLandlines)('refuses the landline %j for text messages, accepts it where landlines are allowed', (number) => {
    expect(validateMobileNumber(number, abroad)).toEqual(refused('mobile.not_uk_mobile'));
    expect(validateMobileNumber(number)).toEqual(refused('mobile.not_uk_mobile'));
    expect(validateMobileNumber(number, { allowInternational: true, allowUkLandline: true }).ok).toBe(true);
  });

  it.each(forgivenNumbers)('forgives a stray + or leading zeros in %j: +%s', (number, normalised) => {
    expect(validateMobileNumber(number, { allowInternational: true, allowUkLandline: true })).toEqual({
      ok: true,
      value: `+${normalised}`,
    });
  });

  it.each(refusedOldNumbers)('refuses %j: %s', (number, code) => {
    expect(validateMobileNumber(number, { allowInternational: true, allowUkLandline: true })).toEqual(refused(code));
  });

  it.each(dramaNumbers)('accepts Ofcom drama number %j as +%s', (number, normalised) => {
    expect(validateMobileNumber(number)).toEqual({ ok: true, value: `+${normalised}` });
  });

  it.each(notUkNumbers)('refuses %j where the service sends only in the UK, even with landlines allowed', (number) => {
    expect(validateMobileNumber(number, { allowUkLandline: true })).toEqual(refused('mobile.not_uk_mobile'));
  });

  it.each(channelIslandNumbers)('accepts the Jersey mobile %j', (number) => {
    expect(validateMobileNumber(number, abroad)).toEqual({ ok: true, value: number });
  });

  it('refuses a country Notify does not send to, and a French number that cannot exist', () => {
    expect(validateMobileNumber(unsupportedCountry, abroad)).toEqual(refused('mobile.unsupported_country'));
    expect(validateMobileNumber(invalidFrench, abroad).ok).toBe(false);
  });

  it.each(unparseable)('refuses %j for its characters', (number) => {
    expect(validateMobileNumber(number, abroad)).toEqual(refused('mobile.unknown_character'));
  });
});

describe('mobile number messages', () => {
  it('answers as the README says', () => {
    expect(validateMobileNumber('07700 900982')).toEqual({ ok: true, value: '+447700900982' });
    expect(validateMobileNumber('0117 496 0860')).toEqual(refused('mobile.not_uk_mobile'));
    expect(validateMobileNumber('+33 1 22 33 44 55', { allowInternational: true })).toEqual({ ok: true, value: '+33122334455' });
  });

  it('asks for a number when there is none, in English and Welsh, and names the field when told', () => {
    expect(validateMobileNumber(' \u200b ')).toEqual({
      ok: false,
      error: { code: 'mobile.required', message: 'Enter a mobile phone number' },
    });
    expect(validateMobileNumber('', { locale: 'cy' })).toMatchObject({ error: { message: 'Rhowch rif ffôn symudol' } });
    expect(validateMobileNumber('', { label: { enter: 'your mobile number', name: 'Mobile number' } })).toMatchObject({
      error: { message: 'Enter your mobile number' },
    });
  });

  it('gives every reason in Welsh too', () => {
    expect(Object.keys(mobileMessages.cy).sort()).toEqual(Object.keys(mobileMessages.en).sort());
    expect(validateMobileNumber('07723 456789...', { locale: 'cy' })).toEqual({
      ok: false,
      error: { code: 'mobile.unknown_character', message: mobileMessages.cy['mobile.unknown_character'] },
    });
    expect(validateMobileNumber('0900 123 4567', { locale: 'cy' })).toMatchObject({
      error: { message: mobileMessages.cy['mobile.invalid'] },
    });
  });

  it('refuses options it does not know, as a programming error', () => {
    expect(() => validateMobileNumber('07700 900982', { international: true } as never)).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^registration\.options/) }),
    );
    expect(() => validateMobileNumber(7700900982 as never)).toThrow(expect.objectContaining({ code: 'registration.invalid_input' }));
  });
});

describe('the telephone number question, beside Notify', () => {
  it('refuses stray punctuation as Notify does, and ignores zero-width characters', () => {
    for (const typed of ['07723 456789...', '07723 456789.', '07723.456.789', '+44 7723 456789!']) {
      expect(validateUkPhoneNumber(typed)).toMatchObject({ ok: false, error: { code: 'phone.invalid' } });
    }
    expect(validateUkPhoneNumber('\u200b07723 456789\ufeff')).toEqual({ ok: true, value: '+447723456789' });
    expect(validateUkPhoneNumber('07723\u2013456\u2013789')).toEqual({ ok: true, value: '+447723456789' });
  });
});

describe('properties', () => {
  const settings = { seed: 20261208, numRuns: 200 };
  const ukMobile = fc.stringMatching(/^7[1-57-9]\d{8}$/);

  it('a mobile number accepted once is accepted again as the same number, however it was written', () => {
    const written = fc.tuple(ukMobile, fc.constantFrom('0', '+44', '0044', '+44 (0)', '44'), fc.constantFrom('', ' ', '\u200b', '-'));
    fc.assert(
      fc.property(written, ([digits, prefix, gap]) => {
        const typed = `${prefix}${digits.slice(0, 4)}${gap}${digits.slice(4)}`;
        const first = validateMobileNumber(typed);
        if (first.ok) {
          expect(first.value).toBe(`+44${digits}`);
          expect(validateMobileNumber(first.value)).toEqual(first);
        } else {
          // libphonenumber knows which 07 ranges are allocated; the rest Notify refuses as not valid.
          expect(first.error.code).toBe('mobile.invalid');
        }
      }),
      settings,
    );
  });

  it('an email address Notify accepts stays accepted with zero-width characters around it', () => {
    const address = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,5})?@[a-z0-9]{1,10}\.(uk|com|cymru)$/);
    const junk = fc.constantFrom('\u200b', '\ufeff', '\u00a0', ' ', '\t', '\u2060');
    fc.assert(
      fc.property(address, junk, junk, (text, before, after) => {
        expect(validateEmailAddress(`${before}${text}${after}`)).toEqual({ ok: true, value: text });
      }),
      settings,
    );
  });
});
