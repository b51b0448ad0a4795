/**
 * The fast paths of `renderTemplate` against what they stand in for, on random input: the template and
 * personalisation checks accept only what the zod schemas accept (and the schemas give the verdict and message for
 * everything else), and a formatted body reused from the cache is exactly what the formatter writes afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsToSchema } from '../../../tests/support/holds-to-schema.js';
import { formatEmail, formatEmailHtml, formatEmailText, plainValueMarker } from '../src/markdown.js';
import { isPlainPersonalisation, isPlainTemplate, personalisationSchema, templateSchema } from '../src/template.js';

const runs = { seed: 20_261_208, numRuns: 400 };

// Well-formed templates, half of them then spoilt in one place: a field removed, given an odd value, or one added.
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.constant(''),
  fc.constant('x'.repeat(201)),
  fc.constant([]),
  fc.constant({}),
  fc.constant(Object.create({ inherited: 'x' }) as unknown),
);
const text = fc.string({ minLength: 1, maxLength: 6 });
const wellFormed = fc.constantFrom('email', 'sms', 'letter').chain((type) => {
  const variant = type === 'sms' ? fc.record({ body: text }) : fc.record({ subject: text, body: text });
  return fc.record(
    {
      id: text,
      type: fc.constant(type),
      name: fc.string({ maxLength: 4 }),
      formattedPlaceholders: fc.array(text, { maxLength: 2 }),
      variants: fc.record({ en: variant, cy: variant }, { requiredKeys: ['en'] }),
    },
    { requiredKeys: ['id', 'type', 'variants'] },
  );
});
const paths = [
  ['id'],
  ['type'],
  ['name'],
  ['formattedPlaceholders'],
  ['variants'],
  ['variants', 'en'],
  ['variants', 'cy'],
  ['variants', 'en', 'body'],
  ['variants', 'en', 'subject'],
  ['variants', 'cy', 'subject'],
  ['other'],
];
const spoil = fc.record({ path: fc.constantFrom(...paths), how: fc.constantFrom('delete', 'odd'), odd: oddValue });
const template = fc.tuple(wellFormed, fc.option(spoil, { nil: undefined })).map(([input, change]) => {
  if (!change) return input as unknown;
  const copy = structuredClone(input) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of change.path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) return copy;
    at = at[key] as Record<string, unknown>;
  }
  const last = change.path[change.path.length - 1] as string;
  if (change.how === 'delete') Reflect.deleteProperty(at, last);
  else at[last] = change.odd;
  return copy;
});

const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null));
const odd = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant({}),
  fc.constant([[]]),
  fc.constant(new Date(0)),
);
const personalisation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(scalar, fc.constant(undefined), fc.array(scalar, { maxLength: 3 }))),
  },
  {
    weight: 3,
    arbitrary: fc.dictionary(
      fc.string({ maxLength: 4 }),
      fc.oneof(scalar, odd, fc.array(fc.oneof(scalar, odd, fc.constant(undefined)), { maxLength: 3 })),
      { minKeys: 1 },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      oddValue,
      fc.constant(Object.defineProperty({}, 'hidden', { value: 'x', enumerable: false }) as unknown),
      fc.constant(JSON.parse('{"__proto__": "x"}') as unknown),
      fc.constant({ [Symbol('s')]: 'x' } as unknown),
      fc.constant([] as unknown),
    ),
  },
);

describe('the fast checks accept only what the schemas accept, as they are', () => {
  it('templates', () => holdsToSchema(template, isPlainTemplate, templateSchema));
  it('personalisation', () => holdsToSchema(personalisation, isPlainPersonalisation, personalisationSchema));
});

describe('a formatted body from the cache', () => {
  // Bodies made of the pieces the formatter reads, with value markers anywhere, links to values included.
  const piece = fc.oneof(
    fc.constantFrom(
      '# ',
      '* ',
      '1. ',
      '^ ',
      '---',
      '\n',
      '\n\n',
      ' ',
      ' - ',
      ',',
      'GOV.UK',
      '[',
      '](',
      ')',
      '](https://a.example/',
      'https://',
      'b.example',
      '\\*',
      '===',
    ),
    fc.string({ maxLength: 3 }),
    fc.nat({ max: 3 }).map((index) => plainValueMarker(index)),
  );
  const source = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(''));
  const values = fc.array(
    fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(' lead', '<b>&"\'', 'a\nb', 'https://x.example', 'mailto:a@b.example', '')),
    { minLength: 4, maxLength: 4 },
  );
  const hosts = fc.option(fc.constantFrom(['a.example'], ['*.example'], []), { nil: undefined });

  it('is what formatEmailHtml and formatEmailText write, the first time and after', () => {
    fc.assert(
      fc.property(source, values, values, hosts, (body, first, second, allowedLinkHosts) => {
        for (const given of [first, second]) {
          const options = { values: given, ...(allowedLinkHosts ? { allowedLinkHosts } : {}) };
          expect(formatEmail(body, options)).toEqual({ html: formatEmailHtml(body, options), text: formatEmailText(body, options) });
        }
      }),
      { ...runs, numRuns: 600 },
    );
  });
});
