import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { thrown } from './support/thrown.js';
import {
  createTranslator,
  createTrustedTranslator,
  declareMessages,
  defineMessages,
  formatNumber,
  interpolate,
  pluralCategory,
  resolveLocale,
  type Catalogue,
  type MissingParam,
} from '../src/i18n.js';

const WELSH_FORMS = {
  zero: 'Mae gennych ddim nodau ar ôl',
  one: 'Mae gennych %{count} nod ar ôl',
  two: 'Mae gennych %{count} nod ar ôl (dau)',
  few: 'Mae gennych %{count} nod ar ôl (tri)',
  many: 'Mae gennych %{count} nod ar ôl (chwech)',
  other: 'Mae gennych %{count} o nodau ar ôl',
} as const;

const catalogue = defineMessages({
  en: {
    'characterCount.remaining': { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' },
    'button.continue': 'Continue',
    greeting: 'Hello %{name}, welcome to %{service}',
  },
  cy: {
    'characterCount.remaining': WELSH_FORMS,
    'button.continue': 'Parhau',
    greeting: 'Helo %{name}, croeso i %{service}',
  },
});

/** Calls a public function the way untyped JavaScript or JSON-fed code could. */
const defineUnchecked = defineMessages as unknown as (input: unknown) => Catalogue;

const validationError = (fn: () => unknown): ValidationError => thrown(fn, ValidationError);

function issuePaths(error: ValidationError): unknown[] {
  return error.issues.map((issue) => issue.path);
}

describe('resolveLocale', () => {
  it.each([
    ['cy', 'cy'],
    ['CY', 'cy'],
    ['cy-GB', 'cy'],
    ['cy_GB', 'cy'],
    [' cy-gb ', 'cy'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['', 'en'],
    ['fr', 'en'],
    ['cym', 'en'],
    ['x-cy', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ] as const)('%j → %s', (lang, expected) => {
    expect(resolveLocale(lang)).toBe(expected);
  });

  it('falls back to English for values that are not strings at all', () => {
    expect(resolveLocale(42 as unknown as string)).toBe('en');
  });

  it('gives a supported locale for any string, and Welsh for any cy- tag', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        expect(['en', 'cy']).toContain(resolveLocale(tag));
        expect(resolveLocale(`cy-${tag}`)).toBe('cy');
      }),
    );
  });
});

describe('plural categories', () => {
  it('the platform’s Intl.PluralRules gives Welsh all six CLDR forms', () => {
    const rules = new Intl.PluralRules('cy');
    expect(rules.resolvedOptions().pluralCategories.slice().sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([0, 1, 2, 3, 6, 4, 5, 7].map((n) => rules.select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other', 'other', 'other']);
  });

  it('pluralCategory follows CLDR for Welsh and English', () => {
    const counts = [0, 1, 2, 3, 6, 4, 5, 7, 100];
    expect(counts.map((n) => pluralCategory('cy', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other', 'other', 'other', 'other']);
    expect(counts.map((n) => pluralCategory('en', n))).toEqual([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('rejects a count that is not a finite number and a locale that is not supported', () => {
    expect(validationError(() => pluralCategory('cy', Number.NaN)).code).toBe('i18n.not_a_finite_number');
    expect(validationError(() => pluralCategory('cy', Infinity)).path).toEqual(['count']);
    expect(validationError(() => pluralCategory('cy', '3' as unknown as number)).code).toBe('i18n.not_a_finite_number');
    expect(validationError(() => pluralCategory('fr' as 'en', 1)).code).toBe('i18n.unsupported_locale');
  });
});

describe('formatNumber', () => {
  it('groups thousands the GOV.UK way in both languages', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('cy', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('en', -1000)).toBe('-1,000');
  });

  it('rejects non-finite numbers and unknown locales', () => {
    expect(validationError(() => formatNumber('en', Number.NaN)).path).toEqual(['n']);
    expect(validationError(() => formatNumber('CY' as 'cy', 1)).code).toBe('i18n.unsupported_locale');
  });
});

describe('translating plurals', () => {
  const counts = [0, 1, 2, 3, 6, 4, 5, 7, 100];

  it('selects each of the six Welsh forms', () => {
    const t = createTranslator(catalogue, 'cy');
    expect(counts.map((count) => t('characterCount.remaining', { count }))).toEqual([
      'Mae gennych ddim nodau ar ôl',
      'Mae gennych 1 nod ar ôl',
      'Mae gennych 2 nod ar ôl (dau)',
      'Mae gennych 3 nod ar ôl (tri)',
      'Mae gennych 6 nod ar ôl (chwech)',
      'Mae gennych 4 o nodau ar ôl',
      'Mae gennych 5 o nodau ar ôl',
      'Mae gennych 7 o nodau ar ôl',
      'Mae gennych 100 o nodau ar ôl',
    ]);
  });

  it('selects one and other in English', () => {
    const t = createTranslator(catalogue, 'en');
    expect(counts.map((count) => t('characterCount.remaining', { count }))).toEqual([
      'You have 0 characters remaining',
      'You have 1 character remaining',
      'You have 2 characters remaining',
      'You have 3 characters remaining',
      'You have 6 characters remaining',
      'You have 4 characters remaining',
      'You have 5 characters remaining',
      'You have 7 characters remaining',
      'You have 100 characters remaining',
    ]);
  });

  it('formats the count for the locale, and uses negative counts’ CLDR forms', () => {
    expect(createTranslator(catalogue, 'en')('characterCount.remaining', { count: 1000 })).toBe('You have 1,000 characters remaining');
    expect(createTranslator(catalogue, 'en')('characterCount.remaining', { count: -1 })).toBe('You have -1 character remaining');
    expect(createTranslator(catalogue, 'cy')('characterCount.remaining', { count: 2500 })).toBe('Mae gennych 2,500 o nodau ar ôl');
  });

  it('picks the form pluralCategory names, for every count', () => {
    const t = createTranslator(catalogue, 'cy');
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (count) => {
        const expected = WELSH_FORMS[pluralCategory('cy', count)].replace('%{count}', formatNumber('cy', count));
        expect(t('characterCount.remaining', { count })).toBe(expected);
      }),
    );
  });

  it('uses the other form and reports a missing count, instead of throwing', () => {
    const missing: MissingParam[] = [];
    const t = createTranslator(catalogue, 'cy', undefined, { onMissingParam: (m) => missing.push(m) });
    expect(t('characterCount.remaining')).toBe('Mae gennych %{count} o nodau ar ôl');
    expect(missing).toEqual([{ name: 'count', key: 'characterCount.remaining', locale: 'cy' }]);
  });

  it('reports a missing count even when the other form does not show it', () => {
    const noNumber = defineMessages({
      en: { items: { one: 'One item', other: 'Several items' } },
      cy: { items: { zero: 'Dim', one: 'Un', two: 'Dau', few: 'Tri', many: 'Chwech', other: 'Sawl un' } },
    });
    const onMissingParam = vi.fn();
    expect(createTranslator(noNumber, 'en', undefined, { onMissingParam })('items')).toBe('Several items');
    expect(onMissingParam).toHaveBeenCalledExactlyOnceWith({ name: 'count', key: 'items', locale: 'en' });
  });

  it('throws when count is given but is not a number', () => {
    const t = createTranslator(catalogue, 'en');
    const error = validationError(() => t('characterCount.remaining', { count: '3' }));
    expect(error.code).toBe('i18n.count_not_a_number');
    expect(error.path).toEqual(['params', 'count']);
  });
});

describe('interpolation', () => {
  it('fills repeated and adjacent placeholders', () => {
    expect(interpolate('%{a}%{b}%{a}', { a: 'x', b: 'y' })).toBe('xyx');
    expect(interpolate('%{name}, %{name}!', { name: 'Ann' })).toBe('Ann, Ann!');
    expect(interpolate('%{a}%{a}%{a}', { a: '' })).toBe('');
  });

  it('formats numbers for the locale and leaves strings exactly as given', () => {
    expect(interpolate('%{n} / %{s}', { n: 12345.678, s: '12345.678' })).toBe('12,345.678 / 12345.678');
    expect(interpolate('%{n}', { n: 1000 }, { locale: 'cy' })).toBe('1,000');
  });

  it('never re-expands a placeholder that arrives inside a value', () => {
    expect(interpolate('%{a} and %{other}', { a: '%{other}', other: 'B' })).toBe('%{other} and B');
    expect(interpolate('%{a}', { a: '%{a}' })).toBe('%{a}');
  });

  it('treats replacement patterns in values as plain text', () => {
    expect(interpolate('[%{v}]', { v: "$& $1 $$ $` $'" })).toBe("[$& $1 $$ $` $']");
  });

  it('does not reach into the prototype for unknown names', () => {
    const onMissingParam = vi.fn();
    expect(interpolate('%{toString} %{constructor} %{__proto__}', {}, { onMissingParam })).toBe('%{toString} %{constructor} %{__proto__}');
    expect(onMissingParam).toHaveBeenCalledTimes(3);
  });

  it('leaves a missing value visible and reports it; null and undefined count as missing', () => {
    const missing: string[] = [];
    const text = interpolate('%{a}-%{b}-%{c}', { a: 'x', b: undefined, c: null }, { onMissingParam: (m) => missing.push(m.name) });
    expect(text).toBe('x-%{b}-%{c}');
    expect(missing).toEqual(['b', 'c']);
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(interpolate('50%{ off} %{} %{1a} 100%', { off: 'x', '1a': 'y' })).toBe('50%{ off} %{} %{1a} 100%');
  });

  it('rejects inputs of the wrong type', () => {
    expect(validationError(() => interpolate(5 as unknown as string)).code).toBe('i18n.invalid_template');
    expect(validationError(() => interpolate('%{a}', 'a' as unknown as Record<string, string>)).code).toBe('i18n.invalid_params');
    expect(validationError(() => interpolate('%{a}', [] as unknown as Record<string, string>)).code).toBe('i18n.invalid_params');
    const error = validationError(() => interpolate('%{a}', { a: { toString: () => 'x' } as unknown as string }));
    expect(error.code).toBe('i18n.invalid_param');
    expect(error.path).toEqual(['params', 'a']);
    expect(validationError(() => interpolate('%{a}', { a: Number.NaN })).path).toEqual(['params', 'a']);
    expect(validationError(() => interpolate('x', {}, { locale: 'fr' as 'en' })).code).toBe('i18n.unsupported_locale');
  });

  it('property: values are inserted verbatim, whatever they contain', () => {
    const names = ['a', 'b', 'count', 'other'] as const;
    // Values are drawn to look like placeholders often, including ones for names that are being filled.
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...names).map((name) => `%{${name}}`),
      fc.tuple(fc.string(), fc.constantFrom(...names), fc.string()).map(([x, name, y]) => `${x}%{${name}}${y}`),
      fc.string({ unit: fc.constantFrom('%', '{', '}', '$', '&', 'a', '1') }),
    );
    // Literal text between placeholders contains no '%', so only the template's own placeholders are well formed.
    const literal = fc.string().map((text) => text.replaceAll('%', ''));
    const piece = fc.oneof(
      literal.map((text) => ({ text })),
      fc.constantFrom(...names).map((name) => ({ name })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.record({ a: value, b: value, count: value, other: value }), (pieces, params) => {
        const template = pieces.map((p) => ('name' in p ? `%{${p.name}}` : p.text)).join('');
        const expected = pieces.map((p) => ('name' in p ? params[p.name] : p.text)).join('');
        expect(interpolate(template, params)).toBe(expected);
      }),
    );
  });
});

describe('createTranslator', () => {
  it('translates plain text and fills parameters in either language', () => {
    expect(createTranslator(catalogue, 'en')('button.continue')).toBe('Continue');
    expect(createTranslator(catalogue, 'cy')('button.continue')).toBe('Parhau');
    expect(createTranslator(catalogue, 'cy')('greeting', { name: 'Siân', service: 'Cyngor Sir' })).toBe('Helo Siân, croeso i Cyngor Sir');
  });

  it('carries its locale for use beside the text', () => {
    expect(createTranslator(catalogue, 'cy').locale).toBe('cy');
  });

  it('keeps a param value containing another placeholder literal', () => {
    const t = createTranslator(catalogue, 'en');
    expect(t('greeting', { name: '%{service}', service: 'Parking' })).toBe('Hello %{service}, welcome to Parking');
  });

  it('renders a missing parameter as its placeholder and reports it with the key', () => {
    const onMissingParam = vi.fn();
    const t = createTranslator(catalogue, 'en', {}, { onMissingParam });
    expect(t('greeting', { name: 'Ann' })).toBe('Hello Ann, welcome to %{service}');
    expect(onMissingParam).toHaveBeenCalledExactlyOnceWith({ name: 'service', key: 'greeting', locale: 'en' });
    // Without a callback, it still renders.
    expect(createTranslator(catalogue, 'en')('greeting')).toBe('Hello %{name}, welcome to %{service}');
  });

  it('throws for a key that is not in the catalogue', () => {
    const t = createTranslator(catalogue, 'en');
    // @ts-expect-error -- the key is type-checked against the English catalogue
    const error = validationError(() => t('button.contniue'));
    expect(error.code).toBe('i18n.unknown_key');
    // Inherited names are not keys either.
    expect(validationError(() => t('toString' as 'greeting')).code).toBe('i18n.unknown_key');
  });

  it('rejects an unsupported locale with a pointer to resolveLocale', () => {
    const error = validationError(() => createTranslator(catalogue, 'cy-GB' as 'cy'));
    expect(error.code).toBe('i18n.unsupported_locale');
    expect(error.message).toContain('resolveLocale');
  });

  it('rejects a catalogue that is not an object, and checks one not made by defineMessages', () => {
    const notObject = validationError(() => createTranslator('messages' as unknown as Catalogue, 'en'));
    expect(notObject.code).toBe('i18n.invalid_catalogue');
    const handMade = { en: { a: 'A %{x}' }, cy: { a: 'A' } } as unknown as Catalogue<'a'>;
    expect(validationError(() => createTranslator(handMade, 'en')).path).toEqual(['cy', 'a']);
    const good = { en: { a: 'A' }, cy: { a: 'Ā' } } as unknown as Catalogue<'a'>;
    expect(createTranslator(good, 'cy')('a')).toBe('Ā');
  });

  it('rejects options of the wrong shape', () => {
    expect(validationError(() => createTranslator(catalogue, 'en', {}, { onMissingParam: 'log' as unknown as () => void })).path).toEqual([
      'options',
      'onMissingParam',
    ]);
  });
});

describe('overrides', () => {
  it('replace one message for one translator only', () => {
    const council = createTranslator(catalogue, 'en', { 'button.continue': 'Next step' });
    expect(council('button.continue')).toBe('Next step');
    expect(council('greeting', { name: 'Ann', service: 'Bins' })).toBe('Hello Ann, welcome to Bins');
    expect(createTranslator(catalogue, 'en')('button.continue')).toBe('Continue');
  });

  it('can replace a Welsh plural when all six forms are given, and may drop or reuse placeholders', () => {
    const forms = { zero: 'Dim', one: 'Un', two: 'Dau', few: 'Tri', many: 'Chwech', other: '%{count} ar ôl' };
    const t = createTranslator(catalogue, 'cy', { 'characterCount.remaining': forms, greeting: 'Croeso, %{name}' });
    expect([0, 1, 2, 3, 6, 9].map((count) => t('characterCount.remaining', { count }))).toEqual([
      'Dim',
      'Un',
      'Dau',
      'Tri',
      'Chwech',
      '9 ar ôl',
    ]);
    expect(t('greeting', { name: 'Siân', service: 'x' })).toBe('Croeso, Siân');
  });

  it('may be empty (to hide a hint) and skip undefined entries (unset properties)', () => {
    const t = createTranslator(catalogue, 'en', { 'button.continue': '', greeting: undefined });
    expect(t('button.continue')).toBe('');
    expect(t('greeting', { name: 'A', service: 'B' })).toBe('Hello A, welcome to B');
  });

  it('are checked, with paths under overrides', () => {
    const unknownKey = validationError(() => createTranslator(catalogue, 'en', { 'button.cancel': 'Cancel' } as never));
    expect(unknownKey.code).toBe('i18n.unknown_override');
    expect(unknownKey.path).toEqual(['overrides', 'button.cancel']);

    const fewerForms = validationError(() =>
      createTranslator(catalogue, 'cy', { 'characterCount.remaining': { one: 'Un', other: 'Llawer' } }),
    );
    expect(fewerForms.code).toBe('i18n.plural_missing_form');
    expect(issuePaths(fewerForms)).toEqual([
      ['overrides', 'characterCount.remaining', 'zero'],
      ['overrides', 'characterCount.remaining', 'two'],
      ['overrides', 'characterCount.remaining', 'few'],
      ['overrides', 'characterCount.remaining', 'many'],
    ]);

    const unknownPlaceholder = validationError(() => createTranslator(catalogue, 'en', { 'button.continue': 'Continue to %{step}' }));
    expect(unknownPlaceholder.code).toBe('i18n.placeholder_unknown');
    expect(unknownPlaceholder.path).toEqual(['overrides', 'button.continue']);

    const kind = validationError(() => createTranslator(catalogue, 'en', { 'characterCount.remaining': '%{count} left' }));
    expect(kind.code).toBe('i18n.message_kind_mismatch');

    expect(validationError(() => createTranslator(catalogue, 'en', 'x' as never)).path).toEqual(['overrides']);
  });

  it('allow count in a plural override even when the original never shows it', () => {
    const noNumber = defineMessages({
      en: { items: { one: 'One item', other: 'Several items' } },
      cy: { items: { zero: 'Dim', one: 'Un', two: 'Dau', few: 'Tri', many: 'Chwech', other: 'Sawl un' } },
    });
    const t = createTranslator(noNumber, 'en', { items: { one: '%{count} item', other: '%{count} items' } });
    expect(t('items', { count: 2 })).toBe('2 items');
  });

  it('are type-checked against the catalogue keys', () => {
    // @ts-expect-error -- not a key of the catalogue
    expect(() => createTranslator(catalogue, 'en', { 'button.contniue': 'Next' })).toThrow(ValidationError);
  });
});

describe('defineMessages validation', () => {
  const en = {
    'characterCount.remaining': { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' },
    'button.continue': 'Continue',
  };

  it('reports a key with no Welsh translation at its path', () => {
    const error = validationError(() => defineUnchecked({ en, cy: { 'button.continue': 'Parhau' } }));
    expect(error.code).toBe('i18n.missing_translation');
    expect(error.path).toEqual(['cy', 'characterCount.remaining']);
  });

  it('reports a Welsh key that English does not have', () => {
    const error = validationError(() =>
      defineUnchecked({ en, cy: { 'characterCount.remaining': WELSH_FORMS, 'button.continue': 'Parhau', 'button.back': 'Yn ôl' } }),
    );
    expect(error.code).toBe('i18n.extra_translation');
    expect(error.path).toEqual(['cy', 'button.back']);
  });

  it('reports a plural message without other', () => {
    const { other: _other, ...welshWithoutOther } = WELSH_FORMS;
    const error = validationError(() => defineUnchecked({ en: { n: { one: '%{count} thing' } }, cy: { n: welshWithoutOther } }));
    expect(issuePaths(error)).toEqual([
      ['en', 'n', 'other'],
      ['cy', 'n', 'other'],
    ]);
    expect(error.issues.map((i) => i.code)).toEqual(['i18n.plural_missing_form', 'i18n.plural_missing_form']);
    expect(error.message).toContain('has no `other` form');
  });

  it('reports every plural form Welsh needs but lacks', () => {
    const error = validationError(() =>
      defineUnchecked({
        en,
        cy: { 'characterCount.remaining': { one: 'Un %{count}', other: '%{count} nod' }, 'button.continue': 'Parhau' },
      }),
    );
    expect(error.issues.every((i) => i.code === 'i18n.plural_missing_form')).toBe(true);
    expect(issuePaths(error)).toEqual(['zero', 'two', 'few', 'many'].map((form) => ['cy', 'characterCount.remaining', form]));
    expect(error.message).toContain('Welsh');
  });

  it('requires English plurals to give one as well as other', () => {
    const error = validationError(() => defineUnchecked({ en: { n: { other: '%{count} things' } }, cy: { n: WELSH_FORMS } }));
    expect(error.path).toEqual(['en', 'n', 'one']);
  });

  it('refuses a plural form the locale never selects (English zero)', () => {
    const error = validationError(() =>
      defineUnchecked({ en: { n: { zero: 'None', one: '%{count} thing', other: '%{count} things' } }, cy: { n: WELSH_FORMS } }),
    );
    expect(error.code).toBe('i18n.unused_plural_form');
    expect(error.path).toEqual(['en', 'n', 'zero']);
  });

  it('refuses a form name that is not a CLDR category', () => {
    const error = validationError(() =>
      defineUnchecked({ en: { n: { one: 'a', other: 'b', plural: 'c' } }, cy: { n: { ...WELSH_FORMS } } }),
    );
    expect(error.code).toBe('i18n.unknown_plural_form');
    expect(error.path).toEqual(['en', 'n', 'plural']);
  });

  it('reports a Welsh translation that drops or adds a placeholder', () => {
    const dropped = validationError(() => defineUnchecked({ en: { greet: 'Hello %{name}' }, cy: { greet: 'Helo' } }));
    expect(dropped.code).toBe('i18n.placeholder_mismatch');
    expect(dropped.path).toEqual(['cy', 'greet']);
    expect(dropped.message).toContain('%{name}');

    const renamed = validationError(() => defineUnchecked({ en: { greet: 'Hello %{name}' }, cy: { greet: 'Helo %{enw}' } }));
    expect(renamed.message).toContain('lacks %{name}');
    expect(renamed.message).toContain('has %{enw}');

    const noCount = { ...WELSH_FORMS, one: 'Un nod', two: 'Dau nod', few: 'Tri nod', many: 'Chwech nod', other: 'Llawer o nodau' };
    const pluralDropped = validationError(() =>
      defineUnchecked({ en, cy: { 'characterCount.remaining': noCount, 'button.continue': 'Parhau' } }),
    );
    expect(pluralDropped.path).toEqual(['cy', 'characterCount.remaining']);
  });

  it('allows a Welsh form to spell out its number, but not the other form', () => {
    // 'one' and 'zero' may say the number in words...
    expect(() =>
      defineUnchecked({ en, cy: { 'characterCount.remaining': { ...WELSH_FORMS, one: 'Un nod ar ôl' }, 'button.continue': 'Parhau' } }),
    ).not.toThrow();
    // ...but 'other' covers numbers such as 4, 5 and 100, so it must show the count as English does.
    const error = validationError(() =>
      defineUnchecked({ en, cy: { 'characterCount.remaining': { ...WELSH_FORMS, other: 'Llawer o nodau' }, 'button.continue': 'Parhau' } }),
    );
    expect(error.path).toEqual(['cy', 'characterCount.remaining', 'other']);
  });

  it('reports a message that is plain text in one language and plural in the other', () => {
    const error = validationError(() => defineUnchecked({ en: { n: '%{count} things' }, cy: { n: WELSH_FORMS } }));
    expect(error.code).toBe('i18n.message_kind_mismatch');
    expect(error.path).toEqual(['cy', 'n']);
  });

  it('reports malformed placeholders, empty messages and messages of the wrong type', () => {
    const error = validationError(() =>
      defineUnchecked({
        en: { a: 'Hello %{first name}', b: '', c: 42, d: ['x'] },
        cy: { a: 'Helo %{first name}', b: 'B', c: 'C', d: 'D' },
      }),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['i18n.malformed_placeholder', ['en', 'a']],
      ['i18n.malformed_placeholder', ['cy', 'a']],
      ['i18n.empty_message', ['en', 'b']],
      ['i18n.invalid_message', ['en', 'c']],
      ['i18n.invalid_message', ['en', 'd']],
    ]);
  });

  it('rejects catalogues of the wrong shape', () => {
    expect(validationError(() => defineUnchecked(null)).code).toBe('i18n.invalid_catalogue');
    expect(validationError(() => defineUnchecked('en')).path).toEqual([]);
    const missingWelsh = validationError(() => defineUnchecked({ en: { a: 'A' } }));
    expect(missingWelsh.path).toEqual(['cy']);
    const thirdLanguage = validationError(() => defineUnchecked({ en: { a: 'A' }, cy: { a: 'A' }, fr: { a: 'A' } }));
    expect(thirdLanguage.code).toBe('i18n.unsupported_locale');
    expect(thirdLanguage.path).toEqual(['fr']);
  });

  it('collects every problem into one error', () => {
    const error = validationError(() => defineUnchecked({ en: { a: 'A %{x}', b: 'B', c: 'C' }, cy: { a: 'A', c: '', d: 'D' } }));
    expect(issuePaths(error)).toEqual([
      ['cy', 'a'],
      ['cy', 'b'],
      ['cy', 'c'],
      ['cy', 'd'],
    ]);
    expect(error.message).toContain('and 3 more problems');
  });

  it('copies and freezes the catalogue so later changes cannot bypass the checks', () => {
    const input = { en: { a: 'A' }, cy: { a: 'Ā' } };
    const defined = defineMessages(input);
    input.cy.a = 'changed %{x}';
    expect(createTranslator(defined, 'cy')('a')).toBe('Ā');
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.cy)).toBe(true);
    expect(Object.isFrozen(catalogue.cy['characterCount.remaining'])).toBe(true);
  });

  it('is type-checked: Welsh must have exactly the English keys', () => {
    // @ts-expect-error -- the Welsh catalogue lacks `b`
    expect(() => defineMessages({ en: { a: 'A', b: 'B' }, cy: { a: 'A' } })).toThrow(ValidationError);
    // @ts-expect-error -- the Welsh catalogue has a key English lacks
    expect(() => defineMessages({ en: { a: 'A' }, cy: { a: 'A', z: 'Z' } })).toThrow(ValidationError);
  });
});

describe('declareMessages and createTrustedTranslator', () => {
  const broken = { en: { a: 'A %{x}', b: 'B' }, cy: { a: 'A', b: '' } };

  it('declares a catalogue without checking it: its package’s tests check it with defineMessages', () => {
    const declared = declareMessages(broken);
    expect(declared.cy.a).toBe('A');
    expect(issuePaths(validationError(() => defineMessages(declared)))).toEqual([
      ['cy', 'a'],
      ['cy', 'b'],
    ]);
    expect(defineMessages(declareMessages({ en: { a: 'A' }, cy: { a: 'Ā' } })).cy.a).toBe('Ā');
  });

  it('copies and freezes what it declares', () => {
    const input = { en: { a: 'A', n: { one: '1', other: 'n' } }, cy: { a: 'Ā', n: WELSH_FORMS } };
    const declared = declareMessages(input);
    input.en.a = 'changed';
    expect(declared.en.a).toBe('A');
    expect(Object.isFrozen(declared) && Object.isFrozen(declared.en) && Object.isFrozen(declared.cy.n)).toBe(true);
    expect(validationError(() => declareMessages('x' as never)).code).toBe('i18n.invalid_catalogue');
  });

  it('createTranslator still checks a declared catalogue when it is first used', () => {
    expect(validationError(() => createTranslator(declareMessages(broken), 'en')).path).toEqual(['cy', 'a']);
    const sound = declareMessages({ en: { a: 'A %{x}' }, cy: { a: 'Ā %{x}' } });
    expect(createTranslator(sound, 'cy')('a', { x: 1 })).toBe('Ā 1');
    expect(createTranslator(sound, 'en')('a', { x: 'y' })).toBe('A y');
  });

  it('createTrustedTranslator trusts declared and defined catalogues and translates as createTranslator does', () => {
    const declared = declareMessages({
      en: { 'characterCount.remaining': { one: '%{count} left', other: '%{count} left' }, hi: 'Hello %{name}' },
      cy: { 'characterCount.remaining': WELSH_FORMS, hi: 'Helo %{name}' },
    });
    const t = createTrustedTranslator(declared, 'cy');
    expect(t('characterCount.remaining', { count: 2 })).toBe(createTranslator(declared, 'cy')('characterCount.remaining', { count: 2 }));
    expect(t('hi', { name: 'Siân' })).toBe('Helo Siân');
    expect(t.locale).toBe('cy');
    expect(createTrustedTranslator(catalogue, 'en')('button.continue')).toBe('Continue');
    expect(createTrustedTranslator(declared, 'en', { hi: 'Hi %{name}' })('hi', { name: 'Sam' })).toBe('Hi Sam');
  });

  it('createTrustedTranslator refuses overrides of an unknown message or of the wrong kind, and leaves the deeper checks to createTranslator', () => {
    const declared = declareMessages({
      en: { 'characterCount.remaining': { one: '%{count} left', other: '%{count} left' }, hi: 'Hello %{name}' },
      cy: { 'characterCount.remaining': WELSH_FORMS, hi: 'Helo %{name}' },
    });
    expect(validationError(() => createTrustedTranslator(declared, 'en', { bye: 'Bye' } as never)).code).toBe('i18n.unknown_override');
    expect(validationError(() => createTrustedTranslator(declared, 'en', { hi: { other: 'Hi' } } as never)).path).toEqual([
      'overrides',
      'hi',
    ]);
    expect(validationError(() => createTrustedTranslator(declared, 'cy', { 'characterCount.remaining': 'Llawer' })).code).toBe(
      'i18n.message_kind_mismatch',
    );
    expect(validationError(() => createTrustedTranslator(declared, 'en', 'Hi' as never)).code).toBe('i18n.invalid_overrides');
    expect(validationError(() => createTrustedTranslator(declared, 'fr' as never, { hi: 'Salut' })).path).toEqual(['locale']);
    // A placeholder the message is never given, or a missing Welsh plural form, does not take a page down:
    // the text shows as written (the missing form falls back to `other`). createTranslator refuses both.
    const lenient = createTrustedTranslator(declared, 'cy', {
      hi: 'Hi %{who}',
      'characterCount.remaining': { one: 'Un', other: 'Llawer' },
    });
    expect(lenient('hi', { name: 'Sam' })).toBe('Hi %{who}');
    expect(lenient('characterCount.remaining', { count: 3 })).toBe('Llawer');
    expect(validationError(() => createTranslator(declared, 'en', { hi: 'Hi %{who}' })).code).toBe('i18n.placeholder_unknown');
    expect(
      validationError(() => createTranslator(declared, 'cy', { 'characterCount.remaining': { one: 'Un', other: 'Llawer' } })).path,
    ).toEqual(['overrides', 'characterCount.remaining', 'zero']);
  });

  it('the trusted translator leaves a missing value showing and refuses an unknown key, but does not check parameter types', () => {
    const declared = declareMessages({
      en: { 'characterCount.remaining': { one: '%{count} left', other: '%{count} left' }, hi: 'Hello %{name}' },
      cy: { 'characterCount.remaining': WELSH_FORMS, hi: 'Helo %{name}' },
    });
    const t = createTrustedTranslator(declared, 'en');
    expect(t('hi')).toBe('Hello %{name}');
    expect(t('characterCount.remaining', { count: 1234 })).toBe('1,234 left');
    expect(validationError(() => t('bye' as never)).code).toBe('i18n.unknown_key');
    // The same call that createTranslator's t refuses: the caller's typed code is what guards parameters here.
    expect(validationError(() => createTranslator(declared, 'en')('hi', { name: {} as never })).code).toBe('i18n.invalid_param');
    expect(t('hi', { name: 'Sam' })).toBe('Hello Sam');
  });

  it('createTrustedTranslator refuses a catalogue made neither way, pointing at createTranslator', () => {
    const handMade = { en: { a: 'A' }, cy: { a: 'Ā' } } as unknown as Catalogue<'a'>;
    const error = validationError(() => createTrustedTranslator(handMade, 'en'));
    expect(error.code).toBe('i18n.unchecked_catalogue');
    expect(error.message).toContain('createTranslator');
  });
});

describe('monthName', () => {
  it('names every month in English and Welsh, without relying on the runtime’s date data', async () => {
    const { monthName } = await import('../src/i18n.js');
    expect(Array.from({ length: 12 }, (_, index) => monthName('cy', index + 1))).toEqual([
      'Ionawr',
      'Chwefror',
      'Mawrth',
      'Ebrill',
      'Mai',
      'Mehefin',
      'Gorffennaf',
      'Awst',
      'Medi',
      'Hydref',
      'Tachwedd',
      'Rhagfyr',
    ]);
    expect(monthName('en', 3)).toBe('March');
    expect(() => monthName('en', 13)).toThrow('A month must be a whole number from 1 (January) to 12 (December)');
    expect(() => monthName('en', 2.5)).toThrow(/whole number/);
  });
});
