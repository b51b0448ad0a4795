import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { Money, ROUNDING_MODES, type RoundingMode } from '../src/money.js';
import { thrownWith } from './support/thrown.js';

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

const expectError = (action: () => unknown, code: string, path?: readonly (string | number)[]): ValidationError =>
  thrownWith(action, ValidationError, code, path);

const pence = (value: number): Money => Money.fromPence(value);
const penceOf = (values: readonly Money[]): number[] => values.map((value) => value.pence);

// Rounding written a second way (from the floor and the fraction above it) so a
// mistake in the module's quotient-and-remainder version cannot hide in both.
function floorDivide(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n !== denominator < 0n ? quotient - 1n : quotient;
}

function referenceRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const lower = floorDivide(numerator, denominator);
  const fraction = numerator - lower * denominator;
  if (fraction === 0n) return lower;
  const upper = lower + 1n;
  const towardZero = numerator > 0n ? lower : upper;
  const awayFromZero = numerator > 0n ? upper : lower;
  switch (mode) {
    case 'floor':
      return lower;
    case 'ceiling':
      return upper;
    case 'down':
      return towardZero;
    case 'up':
      return awayFromZero;
    default: {
      const distance = 2n * fraction - denominator;
      if (distance < 0n) return lower;
      if (distance > 0n) return upper;
      if (mode === 'half-up') return awayFromZero;
      if (mode === 'half-down') return towardZero;
      return lower % 2n === 0n ? lower : upper;
    }
  }
}

/** coefficient × 10^-scale written out as decimal text, like "-12.0345". */
function decimalText(coefficient: bigint, scale: number): string {
  const digits = (coefficient < 0n ? -coefficient : coefficient).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return coefficient < 0n ? `-${text}` : text;
}

// en-GB currency text built by hand, to check Intl is given exact digits.
function englishText(amount: number, alwaysPence: boolean): string {
  const magnitude = BigInt(Math.abs(amount));
  const pounds = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const pennies = (magnitude % 100n).toString().padStart(2, '0');
  const showPence = alwaysPence || pennies !== '00';
  return `${amount < 0 ? '-' : ''}£${pounds}${showPence ? `.${pennies}` : ''}`;
}

const anyPence = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -MAX, max: MAX }));
const anyMoney = anyPence.map(pence);
// Small enough that sums of three never leave the safe range.
const boundedMoney = fc.integer({ min: -(2 ** 50), max: 2 ** 50 }).map(pence);
const roundingMode = fc.constantFrom(...ROUNDING_MODES);
const decimalFactor = fc.record({
  coefficient: fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n })),
  scale: fc.integer({ min: 0, max: 24 }),
});

describe('Money.fromPence', () => {
  it('holds a whole number of pence, from a number or a bigint', () => {
    expect(Money.fromPence(12_345).pence).toBe(12_345);
    expect(Money.fromPence(-7).pence).toBe(-7);
    expect(Money.fromPence(123n).pence).toBe(123);
    expect(Money.fromPence(MAX).pence).toBe(MAX);
    expect(Money.fromPence(-MAX_BIG).pence).toBe(-MAX);
    expect(Money.zero().pence).toBe(0);
  });

  it('turns -0 into 0, so zero has one form', () => {
    expect(Object.is(Money.fromPence(-0).pence, 0)).toBe(true);
    expect(Object.is(Money.zero().negate().pence, 0)).toBe(true);
    expect(JSON.stringify(Money.fromPence(-0))).toBe('0');
  });

  it('reads back every safe integer and gives it out again as JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX, max: MAX }), (value) => {
        const money = Money.fromPence(value);
        expect(money.pence).toBe(value + 0);
        expect(Money.fromPence(JSON.parse(JSON.stringify(money)) as number).equals(money)).toBe(true);
      }),
    );
  });

  it.each([
    ['a string', '12', 'money.invalid_type'],
    ['null', null, 'money.invalid_type'],
    ['undefined', undefined, 'money.invalid_type'],
    ['an object', { pence: 1 }, 'money.invalid_type'],
    ['NaN', Number.NaN, 'money.not_finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'money.not_finite'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'money.not_finite'],
    ['a fraction of a penny', 1.5, 'money.not_integer'],
    ['one past the largest safe integer', 2 ** 53, 'money.too_large'],
    ['a huge negative', -(2 ** 60), 'money.too_large'],
    ['a bigint past the range', 2n ** 53n, 'money.too_large'],
    ['a bigint past the negative range', -(2n ** 53n), 'money.too_large'],
  ])('refuses %s, naming the field', (_label, value, code) => {
    const error = expectError(() => Money.fromPence(value as number), code, ['pence']);
    expect(error.message).toContain('`pence`');
  });

  it('is immutable', () => {
    const money = Money.fromPence(500);
    expect(Object.isFrozen(money)).toBe(true);
    expect(() => {
      (money as { pence: number }).pence = 1;
    }).toThrow(TypeError);
    money.add(pence(1));
    money.negate();
    expect(money.pence).toBe(500);
  });
});

describe('Money.parse', () => {
  it.each([
    ['£1,234.50', 123_450],
    ['1234.5', 123_450],
    ['1234', 123_400],
    [' £ 12.05 ', 1205],
    ['\u00a0£5\t', 500],
    ['£0.01', 1],
    ['0', 0],
    ['.50', 50],
    ['.5', 50],
    ['12.', 1200],
    ['007.10', 710],
    ['1,234,567.89', 123_456_789],
    ['999', 99_900],
    ['£90,071,992,547,409.91', MAX],
  ])('reads %j as %i pence', (input, expected) => {
    expect(Money.parse(input).pence).toBe(expected);
  });

  it('reads negatives written in every usual way only when allowed', () => {
    for (const input of ['-£5.00', '£-5', '−£5', '- £ 5', '-5', '£ − 5.00']) {
      expect(Money.parse(input, { allowNegative: true }).pence).toBe(-500);
      expectError(() => Money.parse(input), 'money.negative');
    }
    expect(Money.parse('-£90,071,992,547,409.91', { allowNegative: true }).pence).toBe(-MAX);
  });

  it('reads "-0" as £0 whether or not negatives are allowed', () => {
    expect(Object.is(Money.parse('-0').pence, 0)).toBe(true);
    expect(Object.is(Money.parse('-£0.00', { allowNegative: true }).pence, 0)).toBe(true);
  });

  it.each([
    ['', 'money.empty', 'Enter an amount, like £12.50'],
    ['   ', 'money.empty', 'Enter an amount, like £12.50'],
    ['abc', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['£', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['-', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['.', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['1.2.3', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['--5', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['-£-5', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['+5', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['5p', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['12.50 GBP', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['1 234', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['1e5', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['0x10', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['NaN', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['Infinity', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['5-', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['££5', 'money.not_a_number', 'Enter an amount in pounds and pence, like £12.50'],
    ['12.345', 'money.too_many_decimal_places', 'The amount must not have more than 2 decimal places'],
    ['12.500', 'money.too_many_decimal_places', 'The amount must not have more than 2 decimal places'],
    ['1,23,4', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    ['12,50', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    ['1.234,50', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    ['1234,567', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    [',123', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    ['1,,234', 'money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50'],
    ['£90,071,992,547,409.92', 'money.too_large', 'The amount must be £90,071,992,547,409.91 or less'],
    ['100000000000000000000', 'money.too_large', 'The amount must be £90,071,992,547,409.91 or less'],
  ])('refuses %j with %s', (input, code, message) => {
    const error = expectError(() => Money.parse(input), code);
    expect(error.message).toBe(message);
  });

  it('says the range both ways when negatives are allowed', () => {
    const error = expectError(() => Money.parse('-£90,071,992,547,409.92', { allowNegative: true }), 'money.too_large');
    expect(error.message).toBe('The amount must be between -£90,071,992,547,409.91 and £90,071,992,547,409.91');
  });

  it('refuses a megabyte of digits quickly, as too large', () => {
    expectError(() => Money.parse(`1${'0'.repeat(1_000_000)}`), 'money.too_large');
    // Leading zeros do not make an amount large.
    expect(Money.parse(`${'0'.repeat(10_000)}12.34`).pence).toBe(1234);
  });

  it('reports decimal places before range, so the first fix is the format', () => {
    expectError(() => Money.parse('-12.345'), 'money.too_many_decimal_places');
  });

  it('points the error at the form field', () => {
    const error = expectError(() => Money.parse('abc', { path: ['claim', 'amount'] }), 'money.not_a_number', ['claim', 'amount']);
    expect(error.issues).toEqual([{ code: 'money.not_a_number', path: ['claim', 'amount'], message: error.message }]);
  });

  it('refuses input that is not text, and options it does not know', () => {
    expectError(() => Money.parse(12 as unknown as string, { path: ['fee'] }), 'money.invalid_type', ['fee']);
    expectError(() => Money.parse(undefined as unknown as string), 'money.invalid_type');
    expectError(() => Money.parse('1', { allowNegative: 'yes' } as unknown as { allowNegative: boolean }), 'money.invalid_type', [
      'options',
      'allowNegative',
    ]);
    expectError(() => Money.parse('1', { negative: true } as unknown as { allowNegative: boolean }), 'money.unrecognized_keys', [
      'options',
    ]);
  });

  it('reads back whatever format writes, in English and Welsh, with and without pence', () => {
    fc.assert(
      fc.property(
        anyMoney,
        fc.constantFrom('en', 'cy', 'en-GB', 'cy-GB'),
        fc.constantFrom('auto' as const, 'always' as const),
        (money, locale, penceMode) => {
          const text = money.format(locale, { pence: penceMode });
          expect(Money.parse(text, { allowNegative: true }).equals(money)).toBe(true);
        },
      ),
    );
  });

  it('reads plain pounds and pence however they are spaced and grouped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        (value, symbol, grouped, space) => {
          const pounds = String(Math.trunc(value / 100));
          const whole = grouped ? pounds.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : pounds;
          const text = `${space}${symbol ? '£' : ''}${space}${whole}.${String(value % 100).padStart(2, '0')}${space}`;
          expect(Money.parse(text).pence).toBe(value);
        },
      ),
    );
  });

  it('refuses any amount with three or more decimal places', () => {
    fc.assert(
      fc.property(fc.nat(), fc.stringMatching(/^\d{3,8}$/), (pounds, decimals) => {
        expectError(() => Money.parse(`${pounds}.${decimals}`), 'money.too_many_decimal_places');
      }),
    );
  });
});

describe('adding and subtracting', () => {
  it('adds, subtracts, negates and takes the size of amounts', () => {
    expect(pence(1050).add(pence(275)).pence).toBe(1325);
    expect(pence(1050).subtract(pence(2000)).pence).toBe(-950);
    expect(pence(-300).negate().pence).toBe(300);
    expect(pence(-300).abs().pence).toBe(300);
    expect(pence(300).abs().pence).toBe(300);
  });

  it('is commutative and associative', () => {
    fc.assert(
      fc.property(boundedMoney, boundedMoney, boundedMoney, (a, b, c) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
      }),
    );
  });

  it('undoes an addition with a subtraction, and subtracting is adding the negation', () => {
    fc.assert(
      fc.property(boundedMoney, boundedMoney, (a, b) => {
        expect(a.add(b).subtract(b).equals(a)).toBe(true);
        expect(a.subtract(b).equals(a.add(b.negate()))).toBe(true);
        expect(a.negate().negate().equals(a)).toBe(true);
        expect(a.add(Money.zero()).equals(a)).toBe(true);
      }),
    );
  });

  it('gives the exact answer or throws money.overflow, across the whole range', () => {
    fc.assert(
      fc.property(anyPence, anyPence, (a, b) => {
        for (const [operation, exact] of [
          [() => pence(a).add(pence(b)), BigInt(a) + BigInt(b)],
          [() => pence(a).subtract(pence(b)), BigInt(a) - BigInt(b)],
        ] as const) {
          if (exact > MAX_BIG || exact < -MAX_BIG) expectError(operation, 'money.overflow');
          else expect(BigInt(operation().pence)).toBe(exact);
        }
      }),
    );
  });

  it('throws money.overflow one penny past either end', () => {
    expectError(() => pence(MAX).add(pence(1)), 'money.overflow');
    expectError(() => pence(-MAX).subtract(pence(1)), 'money.overflow');
    expectError(() => pence(MAX).subtract(pence(-MAX)), 'money.overflow');
    expect(pence(MAX).add(pence(-1)).pence).toBe(MAX - 1);
    expect(pence(-MAX).negate().pence).toBe(MAX);
  });

  it('refuses anything but a Money, naming the argument', () => {
    const error = expectError(() => pence(1).add(5 as unknown as Money), 'money.invalid_type', ['other']);
    expect(error.message).toBe('`other` must be a Money, not a number');
    expectError(() => pence(1).subtract(null as unknown as Money), 'money.invalid_type', ['other']);
    expectError(() => pence(1).add({ pence: 5 } as unknown as Money), 'money.invalid_type', ['other']);
  });
});

describe('multiplying, dividing and percentages', () => {
  const ties: [number, RoundingMode, number][] = [
    [1005, 'half-even', 502],
    [1005, 'half-up', 503],
    [1005, 'half-down', 502],
    [1005, 'up', 503],
    [1005, 'down', 502],
    [1005, 'ceiling', 503],
    [1005, 'floor', 502],
    [-1005, 'half-even', -502],
    [-1005, 'half-up', -503],
    [-1005, 'half-down', -502],
    [-1005, 'up', -503],
    [-1005, 'down', -502],
    [-1005, 'ceiling', -502],
    [-1005, 'floor', -503],
    [1015, 'half-even', 508],
    [-1015, 'half-even', -508],
  ];
  it.each(ties)('rounds %ip × 0.5 %s to %ip', (amount, rounding, expected) => {
    expect(pence(amount).multiply(0.5, { rounding }).pence).toBe(expected);
  });

  it.each([
    ['half-even', 251, 252, -251, -252],
    ['half-up', 251, 252, -251, -252],
    ['half-down', 251, 252, -251, -252],
    ['up', 252, 252, -252, -252],
    ['down', 251, 251, -251, -251],
    ['ceiling', 252, 252, -251, -251],
    ['floor', 251, 251, -252, -252],
  ] as const)(
    'rounds results off the half-way mark %s',
    (rounding, fromQuarter, fromThreeQuarters, negativeQuarter, negativeThreeQuarters) => {
      // 1005 × 0.25 = 251.25; 1007 × 0.25 = 251.75
      expect(pence(1005).multiply('0.25', { rounding }).pence).toBe(fromQuarter);
      expect(pence(1007).multiply('0.25', { rounding }).pence).toBe(fromThreeQuarters);
      expect(pence(-1005).multiply('0.25', { rounding }).pence).toBe(negativeQuarter);
      expect(pence(-1007).multiply('0.25', { rounding }).pence).toBe(negativeThreeQuarters);
    },
  );

  it('rounds half-even by default', () => {
    expect(pence(1005).multiply(0.5).pence).toBe(502);
    expect(pence(1015).multiply(0.5).pence).toBe(508);
    expect(pence(1005).divide(2).pence).toBe(502);
    expect(pence(10).percentage(25).pence).toBe(2);
  });

  it('reads a number factor as the decimal it prints as, never multiplying floats', () => {
    // 100 * 1.15 is 114.99999999999999 in floats, and 100 * 1.005 is 100.49999999999999.
    expect(pence(100).multiply(1.15, { rounding: 'down' }).pence).toBe(115);
    expect(pence(100).multiply(1.005, { rounding: 'half-up' }).pence).toBe(101);
    expect(pence(1).multiply(0.1 + 0.2, { rounding: 'up' }).pence).toBe(1);
    expect(pence(1000).multiply(0.2).pence).toBe(200);
  });

  it('multiplies by integers, bigints, strings and exponent forms exactly', () => {
    expect(pence(1234).multiply(3).pence).toBe(3702);
    expect(pence(1234).multiply(-3n).pence).toBe(-3702);
    expect(pence(10_000).multiply('0.175').pence).toBe(1750);
    expect(pence(10_000).multiply('+1.5').pence).toBe(15_000);
    expect(pence(7).multiply('1e2').pence).toBe(700);
    expect(pence(1000).multiply('2.5E-1').pence).toBe(250);
    expect(pence(1).multiply(1e21 / 1e21).pence).toBe(1);
    expect(pence(0).multiply(1e300).pence).toBe(0);
    expect(pence(1).multiply(5e-324, { rounding: 'up' }).pence).toBe(1);
    expect(pence(1).multiply(5e-324, { rounding: 'half-even' }).pence).toBe(0);
  });

  it('agrees with an independent BigInt reference in every rounding mode', () => {
    fc.assert(
      fc.property(anyPence, decimalFactor, roundingMode, (amount, { coefficient, scale }, rounding) => {
        const text = decimalText(coefficient, scale);
        const expected = referenceRound(BigInt(amount) * coefficient, 10n ** BigInt(scale), rounding);
        const run = () => pence(amount).multiply(text, { rounding });
        if (expected > MAX_BIG || expected < -MAX_BIG) expectError(run, 'money.overflow');
        else expect(BigInt(run().pence)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays within a penny of the exact product, and within half a penny when rounding to nearest', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), decimalFactor, roundingMode, (amount, { coefficient, scale }, rounding) => {
        fc.pre(coefficient >= -(10n ** 6n) * 10n ** BigInt(scale) && coefficient <= 10n ** 6n * 10n ** BigInt(scale));
        const result = BigInt(pence(amount).multiply(decimalText(coefficient, scale), { rounding }).pence);
        const exact = BigInt(amount) * coefficient;
        const unit = 10n ** BigInt(scale);
        const error = result * unit - exact;
        const size = error < 0n ? -error : error;
        expect(size < unit).toBe(true);
        if (rounding.startsWith('half-')) expect(2n * size <= unit).toBe(true);
      }),
    );
  });

  it('reads a number factor exactly as the text it prints as', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        roundingMode,
        (amount, factor, rounding) => {
          expect(pence(amount).multiply(factor, { rounding }).pence).toBe(pence(amount).multiply(String(factor), { rounding }).pence);
        },
      ),
    );
  });

  it('divides by a decimal, agreeing with the reference', () => {
    expect(pence(1000).divide(3).pence).toBe(333);
    expect(pence(1000).divide(3, { rounding: 'up' }).pence).toBe(334);
    expect(pence(1000).divide('0.5').pence).toBe(2000);
    expect(pence(1000).divide(-4).pence).toBe(-250);
    expect(pence(1001).divide(-2, { rounding: 'floor' }).pence).toBe(-501);
    fc.assert(
      fc.property(anyPence, decimalFactor, roundingMode, (amount, { coefficient, scale }, rounding) => {
        fc.pre(coefficient !== 0n);
        const numerator = BigInt(amount) * 10n ** BigInt(scale);
        const expected =
          coefficient < 0n ? referenceRound(-numerator, -coefficient, rounding) : referenceRound(numerator, coefficient, rounding);
        const run = () => pence(amount).divide(decimalText(coefficient, scale), { rounding });
        if (expected > MAX_BIG || expected < -MAX_BIG) expectError(run, 'money.overflow');
        else expect(BigInt(run().pence)).toBe(expected);
      }),
    );
  });

  it('undoes multiplying by a whole number when dividing by it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }).filter((n) => n !== 0),
        (amount, factor) => {
          expect(pence(amount).multiply(factor).divide(factor).pence).toBe(amount);
        },
      ),
    );
  });

  it('takes percentages exactly', () => {
    expect(pence(1000).percentage(17.5).pence).toBe(175);
    expect(pence(1999).percentage(20).pence).toBe(400); // 399.8
    expect(pence(1999).percentage(20, { rounding: 'down' }).pence).toBe(399);
    expect(pence(5000).percentage('12.5').pence).toBe(625);
    expect(pence(5000).percentage(100).pence).toBe(5000);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), decimalFactor, roundingMode, (amount, { coefficient, scale }, rounding) => {
        fc.pre(coefficient > -(10n ** 4n) * 10n ** BigInt(scale) && coefficient < 10n ** 4n * 10n ** BigInt(scale));
        const percent = decimalText(coefficient, scale);
        const asFactor = decimalText(coefficient, scale + 2);
        expect(pence(amount).percentage(percent, { rounding }).pence).toBe(pence(amount).multiply(asFactor, { rounding }).pence);
      }),
    );
  });

  it('throws money.overflow rather than losing pennies', () => {
    expectError(() => pence(MAX).multiply(2), 'money.overflow');
    expectError(() => pence(2).multiply(MAX), 'money.overflow');
    expectError(() => pence(MAX).divide('0.5'), 'money.overflow');
    expectError(() => pence(MAX).percentage(101), 'money.overflow');
    expect(pence(MAX).multiply(-1).pence).toBe(-MAX);
  });

  it.each([
    ['NaN', Number.NaN, 'money.not_finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'money.not_finite'],
    ['text that is not a number', 'abc', 'money.invalid_decimal'],
    ['an empty string', '', 'money.invalid_decimal'],
    ['a lone point', '.', 'money.invalid_decimal'],
    ['padding', ' 1.5', 'money.invalid_decimal'],
    ['a comma', '1,5', 'money.invalid_decimal'],
    ['an exponent too large to work with', '1e99999', 'money.invalid_decimal'],
    ['very long text', `0.${'1'.repeat(200)}`, 'money.invalid_decimal'],
    ['an object', {}, 'money.invalid_type'],
    ['null', null, 'money.invalid_type'],
  ])('refuses %s as a factor, divisor or percentage, naming which', (_label, value, code) => {
    expectError(() => pence(100).multiply(value as number), code, ['factor']);
    expectError(() => pence(100).divide(value as number), code, ['divisor']);
    expectError(() => pence(100).percentage(value as number), code, ['percent']);
  });

  it('refuses to divide by zero', () => {
    for (const zero of [0, -0, '0.000', 0n]) {
      expectError(() => pence(100).divide(zero), 'money.division_by_zero', ['divisor']);
    }
  });

  it('refuses unknown rounding modes and options', () => {
    const error = expectError(() => pence(100).multiply(2, { rounding: 'bankers' as RoundingMode }), 'money.invalid_value', [
      'options',
      'rounding',
    ]);
    expect(error.message).toContain('"half-even"');
    expectError(() => pence(100).divide(2, { round: 'up' } as unknown as { rounding: RoundingMode }), 'money.unrecognized_keys', [
      'options',
    ]);
    expectError(() => pence(100).percentage(2, 'up' as unknown as { rounding: RoundingMode }), 'money.invalid_type', ['options']);
  });
});

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [1001, [70, 30], [701, 300]],
    [1001, [0.7, 0.3], [701, 300]],
    [1001, ['7', '3'], [701, 300]],
    [100, [0.5, 1], [33, 67]],
    [100, ['1', '0.25', 1n], [45, 11, 44]],
    [5, [3, 7], [2, 3]], // both lose half a penny: the earlier part gets it
    [5, [7, 3], [4, 1]],
    [100, [0, 1, 0], [0, 100, 0]],
    [2, [1, 1, 1, 1], [1, 1, 0, 0]],
    [0, [1, 2], [0, 0]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [1, [1n, 1n], [1, 0]],
    [MAX, [1, 1], [4_503_599_627_370_496, 4_503_599_627_370_495]],
  ])('splits %ip by %s into %s', (amount, ratios, expected) => {
    expect(penceOf(pence(amount).allocate(ratios))).toEqual(expected);
  });

  const ratiosArbitrary = fc
    .array(fc.oneof(fc.nat({ max: 1000 }), fc.constant(0)), { minLength: 1, maxLength: 20 })
    .filter((ratios) => ratios.some((ratio) => ratio > 0));

  it('always adds back up to the amount, each part within a penny of its exact share', () => {
    fc.assert(
      fc.property(anyPence, ratiosArbitrary, (amount, ratios) => {
        const parts = penceOf(pence(amount).allocate(ratios));
        expect(parts).toHaveLength(ratios.length);
        expect(parts.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(BigInt(amount));
        const total = BigInt(ratios.reduce((sum, ratio) => sum + ratio, 0));
        parts.forEach((part, index) => {
          const gap = BigInt(part) * total - BigInt(amount) * BigInt(ratios[index] ?? 0);
          expect((gap < 0n ? -gap : gap) < total).toBe(true);
        });
      }),
    );
  });

  it('gives nothing to a zero ratio', () => {
    fc.assert(
      fc.property(anyPence, ratiosArbitrary, (amount, ratios) => {
        pence(amount)
          .allocate(ratios)
          .forEach((part, index) => {
            if (ratios[index] === 0) expect(part.isZero()).toBe(true);
          });
      }),
    );
  });

  it('splits equal ratios into parts that differ by at most a penny', () => {
    fc.assert(
      fc.property(anyPence, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 100 }), (amount, count, ratio) => {
        const parts = penceOf(pence(amount).allocate(new Array<number>(count).fill(ratio)));
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('depends only on the proportions, gives the same answer every time, and mirrors negatives', () => {
    fc.assert(
      fc.property(anyPence, ratiosArbitrary, fc.integer({ min: 2, max: 1000 }), (amount, ratios, scale) => {
        const parts = penceOf(pence(amount).allocate(ratios));
        expect(penceOf(pence(amount).allocate(ratios))).toEqual(parts);
        expect(penceOf(pence(amount).allocate(ratios.map((ratio) => ratio * scale)))).toEqual(parts);
        expect(penceOf(pence(amount).allocate(ratios.map((ratio) => decimalText(BigInt(ratio), 3))))).toEqual(parts);
        // The same proportions written with different numbers of decimal places.
        const mixed = ratios.map((ratio, index) => decimalText(BigInt(ratio) * 10n ** BigInt(index % 4), index % 4));
        expect(penceOf(pence(amount).allocate(mixed))).toEqual(parts);
        expect(penceOf(pence(amount).negate().allocate(ratios))).toEqual(parts.map((part) => -part + 0));
      }),
    );
  });

  it('splits evenly into a number of parts, larger parts first', () => {
    expect(penceOf(pence(1000).splitEvenly(3))).toEqual([334, 333, 333]);
    expect(penceOf(pence(-10).splitEvenly(4))).toEqual([-3, -3, -2, -2]);
    expect(penceOf(pence(7).splitEvenly(1))).toEqual([7]);
    for (const count of [0, -1, 1.5, Number.NaN, 1_000_001, '3']) {
      expectError(() => pence(10).splitEvenly(count as number), 'money.invalid_count', ['count']);
    }
  });

  it.each([
    ['an empty list', [], 'money.no_ratios', ['ratios']],
    ['all zeros', [0, 0, '0.0'], 'money.ratios_all_zero', ['ratios']],
    ['a negative ratio', [1, -1, 2], 'money.negative_ratio', ['ratios', 1]],
    ['a negative string ratio', [1, '-0.5'], 'money.negative_ratio', ['ratios', 1]],
    ['NaN', [1, Number.NaN], 'money.not_finite', ['ratios', 1]],
    ['Infinity', [Number.POSITIVE_INFINITY], 'money.not_finite', ['ratios', 0]],
    ['text that is not a number', [1, 2, 'half'], 'money.invalid_decimal', ['ratios', 2]],
    ['null', [null], 'money.invalid_type', ['ratios', 0]],
    ['a list that is not an array', '1,1', 'money.invalid_type', ['ratios']],
  ])('refuses %s', (_label, ratios, code, path) => {
    expectError(() => pence(100).allocate(ratios as number[]), code, path);
  });
});

describe('comparing', () => {
  it('compares, orders and tests the sign of amounts', () => {
    expect(pence(5).compare(pence(7))).toBe(-1);
    expect(pence(7).compare(pence(7))).toBe(0);
    expect(pence(8).compare(pence(7))).toBe(1);
    expect(pence(5).lessThan(pence(7))).toBe(true);
    expect(pence(7).lessThan(pence(7))).toBe(false);
    expect(pence(7).lessThanOrEqual(pence(7))).toBe(true);
    expect(pence(8).greaterThan(pence(7))).toBe(true);
    expect(pence(7).greaterThan(pence(7))).toBe(false);
    expect(pence(7).greaterThanOrEqual(pence(7))).toBe(true);
    expect(pence(7).equals(pence(7))).toBe(true);
    expect(pence(7).equals(pence(-7))).toBe(false);
    expect([Money.zero().isZero(), pence(1).isZero()]).toEqual([true, false]);
    expect([pence(-1).isNegative(), Money.zero().isNegative(), pence(1).isNegative()]).toEqual([true, false, false]);
    expect([pence(1).isPositive(), Money.zero().isPositive(), pence(-1).isPositive()]).toEqual([true, false, false]);
  });

  it('agrees with comparing the pence, and sorts with Money.compare', () => {
    fc.assert(
      fc.property(anyMoney, anyMoney, (a, b) => {
        expect(a.compare(b)).toBe(Math.sign(a.pence - b.pence) + 0);
        expect(Money.compare(a, b)).toBe(a.compare(b));
        expect(a.lessThan(b)).toBe(a.pence < b.pence);
        expect(a.greaterThan(b)).toBe(a.pence > b.pence);
        expect(a.lessThanOrEqual(b)).toBe(a.pence <= b.pence);
        expect(a.greaterThanOrEqual(b)).toBe(a.pence >= b.pence);
        expect(a.equals(b)).toBe(a.pence === b.pence);
      }),
    );
    fc.assert(
      fc.property(fc.array(anyPence), (values) => {
        const sorted = values.map(pence).sort(Money.compare);
        expect(penceOf(sorted)).toEqual([...values].sort((a, b) => a - b).map((value) => value + 0));
      }),
    );
  });

  it('finds the sum, smallest and largest of many', () => {
    fc.assert(
      fc.property(fc.array(anyPence, { minLength: 1, maxLength: 30 }), (values) => {
        const monies = values.map(pence);
        expect(Money.min(monies).pence).toBe(Math.min(...values) + 0);
        expect(Money.max(monies).pence).toBe(Math.max(...values) + 0);
        const exact = values.reduce((sum, value) => sum + BigInt(value), 0n);
        if (exact > MAX_BIG || exact < -MAX_BIG) expectError(() => Money.sum(monies), 'money.overflow');
        else expect(BigInt(Money.sum(monies).pence)).toBe(exact);
      }),
    );
    expect(Money.sum([]).isZero()).toBe(true);
    // A running total may pass the limit on the way, so long as the sum ends inside it.
    expect(Money.sum([pence(MAX), pence(MAX), pence(-MAX)]).pence).toBe(MAX);
  });

  it('refuses anything but Money, naming where it is', () => {
    expectError(() => pence(1).equals(1 as unknown as Money), 'money.invalid_type', ['other']);
    expectError(() => pence(1).compare('1' as unknown as Money), 'money.invalid_type', ['other']);
    expectError(() => pence(1).lessThan(undefined as unknown as Money), 'money.invalid_type', ['other']);
    expectError(() => Money.compare(pence(1), 2 as unknown as Money), 'money.invalid_type', ['b']);
    expectError(() => Money.min([pence(1), 2 as unknown as Money]), 'money.invalid_type', ['values', 1]);
    expectError(() => Money.max([3 as unknown as Money]), 'money.invalid_type', ['values', 0]);
    expectError(() => Money.sum([pence(1), pence(2), {} as Money]), 'money.invalid_type', ['values', 2]);
    expectError(() => Money.sum(pence(1) as unknown as Money[]), 'money.invalid_type', ['values']);
    expectError(() => Money.min([]), 'money.no_values', ['values']);
    expectError(() => Money.max([]), 'money.no_values', ['values']);
  });

  it('recognises Money from another copy of the package, but not look-alikes', () => {
    const fromOtherCopy = Object.freeze({ pence: 250, [Symbol.for('@civicbricks/core/Money')]: true });
    expect(Money.isMoney(fromOtherCopy)).toBe(true);
    expect(pence(100).add(fromOtherCopy as unknown as Money).pence).toBe(350);
    expect(Money.isMoney(pence(1))).toBe(true);
    expect(Money.isMoney({ pence: 250 })).toBe(false);
    expect(Money.isMoney({ pence: 1.5, [Symbol.for('@civicbricks/core/Money')]: true })).toBe(false);
    expect(Money.isMoney(250)).toBe(false);
    expect(Money.isMoney(null)).toBe(false);
  });
});

describe('format', () => {
  it.each([
    [123_450, '£1,234.50', '£1,234.50'],
    [7500, '£75', '£75.00'],
    [7550, '£75.50', '£75.50'],
    [7505, '£75.05', '£75.05'],
    [1, '£0.01', '£0.01'],
    [0, '£0', '£0.00'],
    [-500, '-£5', '-£5.00'],
    [-501, '-£5.01', '-£5.01'],
    [100_000_000, '£1,000,000', '£1,000,000.00'],
    [MAX, '£90,071,992,547,409.91', '£90,071,992,547,409.91'],
    [-MAX, '-£90,071,992,547,409.91', '-£90,071,992,547,409.91'],
  ])('shows %ip as %s, or %s with pence always', (amount, auto, always) => {
    for (const locale of ['en', 'cy', 'en-GB', 'cy-GB']) {
      expect(pence(amount).format(locale)).toBe(auto);
      expect(pence(amount).format(locale, { pence: 'always' })).toBe(always);
      expect(pence(amount).format(locale, { pence: 'auto' })).toBe(auto);
    }
  });

  it('defaults to English, and passes other locales to Intl', () => {
    expect(pence(123_450).format()).toBe('£1,234.50');
    expect(pence(-123_450).format('de-DE')).toBe('-1.234,50\u00a0£');
  });

  it('gives Intl every digit exactly, for any amount', () => {
    fc.assert(
      fc.property(anyPence, fc.boolean(), (amount, always) => {
        expect(pence(amount).format('en', always ? { pence: 'always' } : undefined)).toBe(englishText(amount, always));
      }),
    );
  });

  it('writes English in toString and template strings, and integer pence in JSON', () => {
    const money = pence(1250);
    expect(money.toString()).toBe('£12.50');
    expect(String(money)).toBe('£12.50');
    expect(`Pay ${money} now`).toBe('Pay £12.50 now');
    expect(money.toJSON()).toBe(1250);
    expect(JSON.stringify({ fee: money, refund: pence(-5) })).toBe('{"fee":1250,"refund":-5}');
  });

  it('refuses to be used as a number, where it would compare or join as text', () => {
    const a = pence(1000);
    const b = pence(900);
    expectError(() => (a as unknown as number) < (b as unknown as number), 'money.implicit_conversion');
    expectError(() => +a, 'money.implicit_conversion');
    expectError(() => (a as unknown as string) + '', 'money.implicit_conversion');
    expectError(() => Number(a), 'money.implicit_conversion');
  });

  it('refuses bad locales and options', () => {
    expectError(() => pence(1).format('not a locale!'), 'money.invalid_locale', ['locale']);
    expectError(() => pence(1).format(42 as unknown as string), 'money.invalid_type', ['locale']);
    expectError(() => pence(1).format('en', { pence: 'never' } as unknown as { pence: 'auto' }), 'money.invalid_value', [
      'options',
      'pence',
    ]);
    expectError(() => pence(1).format('en', { currency: 'EUR' } as unknown as { pence: 'auto' }), 'money.unrecognized_keys', ['options']);
  });
});
