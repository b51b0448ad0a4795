import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@civicbricks/core/errors';
import { DEFAULT_MAX_ITEMS, itemLimit, validateAnswer, type Question } from '../src/index.js';

const today = '2026-03-15';
const q = <T extends Question>(question: T): T => question;
const label = { en: 'Question' };

const dob = q({
  id: 'dob',
  type: 'date',
  label: { en: 'What is your date of birth?', cy: 'Beth yw eich dyddiad geni?' },
  mustBe: 'past',
  onOrBefore: { relative: { years: -16 } },
  errorLabel: { en: { enter: 'your date of birth', name: 'Date of birth' }, cy: { enter: 'eich dyddiad geni', name: 'dyddiad geni' } },
});

describe('date questions', () => {
  it('asks for the date by name when nothing is entered, highlighting all three parts', () => {
    expect(validateAnswer(dob, { day: '', month: ' ', year: '' }, { today })).toEqual({
      ok: false,
      errors: [{ path: [], code: 'answer.required', message: 'Enter your date of birth', parts: ['day', 'month', 'year'] }],
    });
    expect(validateAnswer(dob, undefined, { today, locale: 'cy' })).toMatchObject({ errors: [{ message: 'Rhowch eich dyddiad geni' }] });
  });

  it('names the missing parts', () => {
    expect(validateAnswer(dob, { day: '3', month: '', year: '1990' }, { today })).toEqual({
      ok: false,
      errors: [{ path: ['month'], code: 'date.missing_parts', message: 'Date of birth must include a month', parts: ['month'] }],
    });
    expect(validateAnswer(dob, { day: '', month: '', year: '1990' }, { today })).toMatchObject({
      errors: [{ path: [], message: 'Date of birth must include a day and month', parts: ['day', 'month'] }],
    });
    expect(validateAnswer(dob, { day: '3', month: '', year: '' }, { today, locale: 'cy' })).toMatchObject({
      errors: [{ message: 'Rhaid i’r dyddiad geni gynnwys mis a blwyddyn', parts: ['month', 'year'] }],
    });
  });

  it('says when a date cannot be real, pointing at the wrong part', () => {
    expect(validateAnswer(dob, { day: '30', month: '2', year: '1990' }, { today })).toMatchObject({
      errors: [{ path: ['day'], code: 'date.not_real', message: 'Date of birth must be a real date', parts: ['day'] }],
    });
    expect(validateAnswer(dob, { day: '3', month: '13', year: '1990' }, { today })).toMatchObject({ errors: [{ parts: ['month'] }] });
    expect(validateAnswer(dob, { day: 'x', month: '13', year: '1990' }, { today })).toMatchObject({
      errors: [{ path: [], parts: ['day', 'month'] }],
    });
    expect(validateAnswer(dob, { day: '3', month: '4', year: '90' }, { today })).toMatchObject({
      errors: [{ code: 'date.year_digits', message: 'Year must include 4 numbers', parts: ['year'] }],
    });
    expect(validateAnswer(dob, { day: '29', month: '2', year: '2000' }, { today })).toEqual({ ok: true, value: '2000-02-29' });
  });

  it('accepts month names and abbreviations', () => {
    expect(validateAnswer(dob, { day: '3', month: 'Mar', year: '1990' }, { today })).toEqual({ ok: true, value: '1990-03-03' });
    expect(validateAnswer(dob, { day: '3', month: 'march', year: '1990' }, { today })).toEqual({ ok: true, value: '1990-03-03' });
    expect(validateAnswer(dob, { day: '3', month: 'marc', year: '1990' }, { today }).ok).toBe(false);
  });

  it('applies past and age rules relative to today, in both languages', () => {
    expect(validateAnswer(dob, { day: '16', month: '3', year: '2026' }, { today })).toMatchObject({
      errors: [{ code: 'date.past', message: 'Date of birth must be in the past' }],
    });
    expect(validateAnswer(dob, { day: '16', month: '3', year: '2010' }, { today })).toMatchObject({
      errors: [
        {
          code: 'date.on_or_before',
          message: 'Date of birth must be the same as or before 15 March 2010',
          parts: ['day', 'month', 'year'],
        },
      ],
    });
    expect(validateAnswer(dob, { day: '15', month: '3', year: '2010' }, { today })).toEqual({ ok: true, value: '2010-03-15' });
    expect(validateAnswer(dob, { day: '16', month: '3', year: '2010' }, { today, locale: 'cy' })).toMatchObject({
      errors: [{ message: 'Rhaid i’r dyddiad geni fod yr un fath â 15 Mawrth 2010 neu cyn hynny' }],
    });
  });

  it('lets a journey replace a message by its code', () => {
    const custom = {
      ...dob,
      errorMessages: { 'date.on_or_before': { en: 'You must be 16 or over', cy: 'Rhaid i chi fod yn 16 oed neu’n hŷn' } },
    };
    expect(validateAnswer(custom, { day: '1', month: '1', year: '2020' }, { today })).toMatchObject({
      errors: [{ message: 'You must be 16 or over' }],
    });
  });

  it('uses generic wording without a label', () => {
    const plain = q({ id: 'd', type: 'date', label, mustBe: 'future' });
    expect(validateAnswer(plain, {}, { today })).toMatchObject({ errors: [{ message: 'Enter a date' }] });
    expect(validateAnswer(plain, { day: '1', month: '1', year: '2020' }, { today })).toMatchObject({
      errors: [{ message: 'The date must be in the future' }],
    });
  });

  it('treats 29 February as the last day of February when counting years back to a non-leap year', () => {
    const seventeen = q({ id: 'd', type: 'date', label, onOrBefore: { relative: { years: -17 } } });
    expect(validateAnswer(seventeen, { day: '28', month: '2', year: '2007' }, { today: '2024-02-29' }).ok).toBe(true);
    expect(validateAnswer(seventeen, { day: '1', month: '3', year: '2007' }, { today: '2024-02-29' }).ok).toBe(false);
  });

  it('accepts every real date and writes it YYYY-MM-DD', () => {
    const any = q({ id: 'd', type: 'date', label });
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const result = validateAnswer(any, { day: String(d), month: String(m), year: String(y) }, { today });
        expect(result).toEqual({ ok: true, value: date.toISOString().slice(0, 10) });
      }),
    );
  });
});

describe('text, numbers and money', () => {
  it('limits text length with a plural-aware message', () => {
    const short = q({ id: 't', type: 'text', label, maxLength: 5, errorLabel: { en: { enter: 'your nickname', name: 'Nickname' } } });
    expect(validateAnswer(short, '  abcde ')).toEqual({ ok: true, value: 'abcde' });
    expect(validateAnswer(short, 'abcdef')).toMatchObject({
      errors: [{ code: 'text.too_long', message: 'Nickname must be 5 characters or less' }],
    });
    expect(validateAnswer({ ...short, maxLength: 1 }, 'ab')).toMatchObject({
      errors: [{ message: 'Nickname must be 1 character or less' }],
    });
    expect(validateAnswer(short, '')).toMatchObject({ errors: [{ message: 'Enter your nickname' }] });
    expect(validateAnswer(q({ id: 't', type: 'longText', label }), 'a\r\nb')).toEqual({ ok: true, value: 'a\nb' });
  });

  it('reads whole numbers and decimals with ranges', () => {
    const people = q({ id: 'n', type: 'number', label, min: 1, max: 20 });
    expect(validateAnswer(people, ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(validateAnswer(people, '1.5')).toMatchObject({
      errors: [{ code: 'number.not_whole', message: 'The answer must be a whole number' }],
    });
    expect(validateAnswer(people, 'twelve')).toMatchObject({ errors: [{ message: 'The answer must be a number' }] });
    expect(validateAnswer(people, '21')).toMatchObject({
      errors: [{ code: 'number.out_of_range', message: 'The answer must be between 1 and 20' }],
    });
    expect(validateAnswer(q({ id: 'n', type: 'number', label, min: 1000 }), '999', { locale: 'cy' })).toMatchObject({
      errors: [{ message: 'Rhaid i’r ateb fod yn 1,000 neu fwy' }],
    });
    const weight = q({ id: 'w', type: 'number', label, decimal: true, maxDecimalPlaces: 1 });
    expect(validateAnswer(weight, '1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(validateAnswer(weight, '1.25')).toMatchObject({ errors: [{ code: 'number.too_many_decimal_places' }] });
  });

  it('reads money through core Money.parse, in pence, with ranges shown as money', () => {
    const income = q({
      id: 'm',
      type: 'money',
      label,
      maxPence: 100_000,
      errorLabel: { en: { enter: 'your income', name: 'Your income' } },
    });
    expect(validateAnswer(income, '£1,000')).toEqual({ ok: true, value: 100_000 });
    expect(validateAnswer(income, '£1,000.01')).toMatchObject({ errors: [{ message: 'Your income must be £1,000 or less' }] });
    expect(validateAnswer(income, '12.345')).toMatchObject({ errors: [{ code: 'number.too_many_decimal_places' }] });
    expect(validateAnswer(income, '-5')).toMatchObject({ errors: [{ message: 'Your income must be £0 or more' }] });
    expect(validateAnswer(income, 'lots', { locale: 'cy' })).toMatchObject({ errors: [{ code: 'money.not_a_number' }] });
  });
});

describe('UK questions built on the validators', () => {
  it('normalises and words errors the same way as the validators', () => {
    expect(validateAnswer(q({ id: 'p', type: 'postcode', label }), 'cf101ep')).toEqual({ ok: true, value: 'CF10 1EP' });
    expect(validateAnswer(q({ id: 'e', type: 'email', label }), 'x')).toMatchObject({ errors: [{ code: 'email.invalid' }] });
    expect(validateAnswer(q({ id: 'n', type: 'nationalInsuranceNumber', label }), 'ab 12 34 56 c')).toEqual({
      ok: true,
      value: 'AB123456C',
    });
    expect(validateAnswer(q({ id: 'h', type: 'nhsNumber', label }), '943 476 5919')).toEqual({ ok: true, value: '9434765919' });
    expect(
      validateAnswer(q({ id: 't', type: 'phone', label, errorLabel: { en: { enter: 'your mobile number', name: 'Mobile number' } } }), ''),
    ).toMatchObject({
      errors: [{ message: 'Enter your mobile number' }],
    });
  });

  it('records a skipped optional question as null', () => {
    expect(validateAnswer(q({ id: 'p', type: 'phone', label, optional: true }), '  ')).toEqual({ ok: true, value: null });
    expect(validateAnswer(q({ id: 'p', type: 'phone', label, optional: true }), '123').ok).toBe(false);
  });

  it('checks each part of an address and keeps the optional ones only when given', () => {
    const address = q({ id: 'a', type: 'address', label });
    expect(validateAnswer(address, { line1: ' 1  High Street ', line2: '', town: 'Cardiff', postcode: 'cf10 1ep' })).toEqual({
      ok: true,
      value: { line1: '1 High Street', town: 'Cardiff', postcode: 'CF10 1EP' },
    });
    expect(validateAnswer(address, { line1: '', town: '', postcode: 'nope' }, { locale: 'cy' })).toEqual({
      ok: false,
      errors: [
        { path: ['line1'], code: 'address.line1', message: 'Rhowch linell gyntaf y cyfeiriad' },
        { path: ['town'], code: 'address.town', message: 'Rhowch y dref neu’r ddinas' },
        { path: ['postcode'], code: 'postcode.invalid', message: 'Rhowch god post gwirioneddol' },
      ],
    });
  });

  it('reads names whole or in two parts', () => {
    expect(validateAnswer(q({ id: 'n', type: 'name', label }), ' Ann   Jones ')).toEqual({ ok: true, value: 'Ann Jones' });
    expect(validateAnswer(q({ id: 'n', type: 'name', label, parts: 'firstAndLast' }), { first: 'Ann', last: '' })).toEqual({
      ok: false,
      errors: [{ path: ['last'], code: 'name.last', message: 'Enter a last name' }],
    });
  });
});

describe('choices', () => {
  const options = [
    { value: 'bins', label: { en: 'Bins' } },
    { value: 'parking', label: { en: 'Parking' } },
    { value: 'none', label: { en: 'None of these', cy: 'Dim un o’r rhain' }, exclusive: true },
  ];

  it('yes/no answers are booleans', () => {
    const yesNo = q({ id: 'y', type: 'yesNo', label, errorLabel: { en: { enter: 'yes if you live in Wales', name: 'x' } } });
    expect(validateAnswer(yesNo, 'yes')).toEqual({ ok: true, value: true });
    expect(validateAnswer(yesNo, false)).toEqual({ ok: true, value: false });
    expect(validateAnswer(yesNo, '')).toMatchObject({ errors: [{ message: 'Select yes if you live in Wales' }] });
  });

  it('radios and selects accept only their options', () => {
    const radios = q({ id: 'r', type: 'radios', label, options });
    expect(validateAnswer(radios, 'bins')).toEqual({ ok: true, value: 'bins' });
    expect(validateAnswer(radios, 'cats')).toMatchObject({
      errors: [{ code: 'choice.not_an_option', message: 'Select an answer from the list' }],
    });
    expect(validateAnswer(radios, undefined)).toMatchObject({ errors: [{ message: 'Select one option' }] });
  });

  it('checkboxes keep option order, and the exclusive option stands alone', () => {
    const boxes = q({ id: 'c', type: 'checkboxes', label, options });
    expect(validateAnswer(boxes, ['parking', 'bins', 'bins'])).toEqual({ ok: true, value: ['bins', 'parking'] });
    expect(validateAnswer(boxes, 'none')).toEqual({ ok: true, value: ['none'] });
    expect(validateAnswer(boxes, ['none', 'bins'], { locale: 'cy' })).toMatchObject({
      errors: [{ code: 'checkboxes.exclusive', message: 'Dewiswch un neu fwy o opsiynau, neu dewiswch ‘Dim un o’r rhain’' }],
    });
    expect(validateAnswer(boxes, [])).toMatchObject({ errors: [{ message: 'Select one or more options' }] });
  });
});

describe('hidden characters', () => {
  const text = q({ id: 't', type: 'text', label });
  const story = q({ id: 's', type: 'longText', label, optional: true });

  it('refuses NUL, ESC, DEL, C1 controls and lone surrogates in any text, with a GOV.UK message in English and Welsh', () => {
    for (const hidden of ['\u0000', '\u001B', '\u0007', '\u007F', '\u0085', '\uD800', '\uDFFF']) {
      expect(validateAnswer(text, `Pat${hidden}Smith`), JSON.stringify(hidden)).toEqual({
        ok: false,
        errors: [
          {
            path: [],
            code: 'text.hidden_characters',
            message: 'The answer must not include hidden characters, which copying and pasting can bring: type it again',
          },
        ],
      });
    }
    expect(validateAnswer(story, '\u0000', { locale: 'cy' })).toMatchObject({
      ok: false,
      errors: [{ code: 'text.hidden_characters', message: expect.stringMatching(/^Rhaid i’r .* nodau cudd/) }],
    });
    const name = q({ id: 'n', type: 'name', parts: 'firstAndLast', label });
    expect(validateAnswer(name, { first: 'Pat', last: 'Sm\u0000ith' })).toMatchObject({
      errors: [{ path: ['last'], code: 'text.hidden_characters' }],
    });
    const address = q({ id: 'a', type: 'address', label });
    expect(validateAnswer(address, { line1: '1 High St\u001B', town: 'Anytown', postcode: 'SW1A 1AA' })).toMatchObject({
      errors: [{ path: ['line1'], code: 'text.hidden_characters' }],
    });
  });

  it('keeps tabs, line breaks, emoji and Welsh letters', () => {
    expect(validateAnswer(story, 'Line one\r\n\tLine two 🙂 ŵ ŷ')).toEqual({ ok: true, value: 'Line one\n\tLine two 🙂 ŵ ŷ' });
  });
});

describe('add another', () => {
  const children = q({
    id: 'children',
    type: 'addAnother',
    label,
    maxItems: 2,
    questions: [
      { id: 'name', type: 'name', label: { en: 'Name' } },
      { id: 'dob', type: 'date', label: { en: 'Date of birth' }, mustBe: 'past' },
    ],
  });

  it('validates each item and points errors at the item and question', () => {
    expect(validateAnswer(children, [{ name: 'Ann', dob: { day: '1', month: '2', year: '2020' } }], { today })).toEqual({
      ok: true,
      value: [{ name: 'Ann', dob: '2020-02-01' }],
    });
    expect(
      validateAnswer(
        children,
        [
          { name: 'Ann', dob: { day: '1', month: '2', year: '2020' } },
          { name: '', dob: {} },
        ],
        { today },
      ),
    ).toMatchObject({
      ok: false,
      errors: [
        { path: [1, 'name'], code: 'answer.required' },
        { path: [1, 'dob'], code: 'answer.required' },
      ],
    });
  });

  it('counts items with plural forms in both languages', () => {
    expect(validateAnswer(children, [])).toMatchObject({ errors: [{ message: 'Add at least 1 answer' }] });
    const three = [{}, {}, {}];
    expect(validateAnswer(children, three)).toMatchObject({ errors: [{ message: 'You cannot add more than 2 answers' }] });
    expect(validateAnswer(children, three, { locale: 'cy' })).toMatchObject({ errors: [{ message: 'Ni allwch ychwanegu mwy na 2 ateb' }] });
  });

  it('takes at most DEFAULT_MAX_ITEMS items when the question sets no maxItems, before checking any of them', () => {
    const { maxItems: _limit, ...unlimited } = children;
    const people = q(unlimited);
    const many = (count: number) => Array.from({ length: count }, () => ({ name: 'Ann', dob: { day: '1', month: '2', year: '2020' } }));
    expect(validateAnswer(people, many(DEFAULT_MAX_ITEMS), { today })).toMatchObject({ ok: true });
    // Ten thousand items are refused with the GOV.UK message, without checking (or reporting on) each one.
    expect(validateAnswer(people, many(10_000), { today })).toEqual({
      ok: false,
      errors: [{ path: [], code: 'addAnother.too_many', message: `You cannot add more than ${DEFAULT_MAX_ITEMS} answers` }],
    });
    expect(itemLimit(people)).toBe(DEFAULT_MAX_ITEMS);
    expect(itemLimit(children)).toBe(2);
  });
});

describe('bad input to validateAnswer', () => {
  it('throws a typed error with a path for a bad question, bad options or input of the wrong shape', () => {
    const text = q({ id: 't', type: 'text', label });
    expect(() => validateAnswer({ id: 't', type: 'colour', label } as never, 'x')).toThrow(ValidationError);
    expect(() => validateAnswer({ ...text, id: '1bad' }, 'x')).toThrow(expect.objectContaining({ path: ['question', 'id'] }));
    expect(() => validateAnswer(text, { x: 1 })).toThrow(expect.objectContaining({ path: ['rawInput'] }));
    expect(() => validateAnswer(q({ id: 'd', type: 'date', label }), { day: [], month: '1', year: '2000' })).toThrow(
      expect.objectContaining({ path: ['rawInput', 'day'] }),
    );
    expect(() => validateAnswer(text, 'x', { locale: 'fr' as 'en' })).toThrow(expect.objectContaining({ path: ['options', 'locale'] }));
    expect(() => validateAnswer(text, 'x', { today: '2026-02-30' })).toThrow(expect.objectContaining({ path: ['options', 'today'] }));
  });
});
