/**
 * GOV.UK Notify's own test tables (test/notify-tables/, sources named in each
 * file), and properties that hold `countSms` to a reference model of Notify's
 * arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSms, renderTemplate, sanitiseSms, type Template } from '../src/index.js';
import { characterCases, lengthLimitCases } from './notify-tables/sms-characters.js';
import { fragmentCases } from './notify-tables/sms-fragments.js';
import { deliberateDifferences, incompatibleCases, sanitiseCases } from './notify-tables/sanitise.js';
import {
  fillPlaceholders,
  findPlaceholders,
  indexValues,
  isTruthyValue,
  type FillOptions,
  type Personalisation,
} from '../src/placeholders.js';
import {
  fillCases,
  hidesConditional,
  listCases,
  placeholderCases,
  showsConditional,
  unchangedContent,
} from './notify-tables/placeholders.js';

const sms = (body: string): Template => ({ id: 'notify-parity', type: 'sms', variants: { en: { body } } });

describe('Notify table: fragments', () => {
  it.each(fragmentCases)('$name: $fragments', ({ content, fragments }) => {
    expect(countSms(content).fragments).toBe(fragments);
    expect(renderTemplate(sms(content), {}, { purpose: 'preview' }).sms?.fragments).toBe(fragments);
  });
});

describe('Notify table: characters, with and without the service-name prefix', () => {
  it.each(characterCases)('$content ($prefix): $template, then $notification', ({ content, values, prefix, template, notification }) => {
    const options = prefix === undefined ? {} : { smsPrefix: prefix };
    const preview = renderTemplate(sms(content), {}, { ...options, purpose: 'preview' });
    expect(preview.sms?.characters).toBe(template);
    const sent = renderTemplate(sms(content), values, options);
    expect(sent.sms?.characters).toBe(notification);
    expect([...sent.text].length).toBe(notification);
    // The limit leaves the prefix and its ": " out.
    expect(sent.sms?.length).toBe(prefix === undefined ? notification : Math.max(notification - prefix.length - 2, 0));
    if (prefix !== undefined && sent.text !== '') expect(sent.text.startsWith(`${prefix}:`)).toBe(true);
  });

  it.each(lengthLimitCases)('918 limit without the prefix: too long $tooLong', ({ content, values, prefix, tooLong }) => {
    const preview = renderTemplate(sms(content), values, { smsPrefix: prefix, purpose: 'preview' });
    expect(preview.sms?.tooLong).toBe(tooLong);
    if (tooLong) expect(() => renderTemplate(sms(content), values, { smsPrefix: prefix })).toThrow(/918/);
    else expect(renderTemplate(sms(content), values, { smsPrefix: prefix }).sms?.fragments).toBe(7);
  });

  it('countSms takes the prefix too', () => {
    expect(countSms('Your code is 1234', { prefix: 'Barset Council' })).toMatchObject({
      characters: 'Barset Council: Your code is 1234'.length,
      length: 'Your code is 1234'.length,
    });
    expect(countSms('', { prefix: 'GDS' })).toMatchObject({ characters: 4, length: 0 });
    expect(() => countSms('hi', { prefix: 7 } as never)).toThrow(
      expect.objectContaining({ code: 'notifications.sms_options.invalid_type' }),
    );
    expect(() => renderTemplate(sms('hi'), {}, { smsPrefix: 7 } as never)).toThrow(
      expect.objectContaining({ code: 'notifications.sms_prefix.invalid_type', path: ['options', 'smsPrefix'] }),
    );
  });
});

describe('Notify table: what each character is sent as', () => {
  it.each(sanitiseCases)('$name', ({ input, sent }) => {
    expect(sanitiseSms(input)).toBe(sent);
  });

  it.each(incompatibleCases)('characters sent as ? in $input', ({ input, replacedByQuestionMark }) => {
    const replaced = [...new Set(input)].filter((char) => char !== '?' && sanitiseSms(char) === '?');
    expect(replaced).toEqual(replacedByQuestionMark);
  });

  it.each(deliberateDifferences)('deliberately unlike Notify: $name', ({ input, notify, sent }) => {
    expect(sanitiseSms(input)).toBe(sent);
    expect(sent).not.toBe(notify);
  });
});

const plain: FillOptions = { listStyle: 'sentence', conjunction: () => 'and', onMissing: (_placeholder, raw) => raw };
const fill = (content: string, values: Personalisation, options: FillOptions = plain): string =>
  fillPlaceholders(content, indexValues(values), options);

describe('Notify table: placeholders', () => {
  it.each(unchangedContent)('leaves %j without placeholders as it is', (content) => {
    expect(fill(content, {})).toBe(content);
  });

  it.each(fillCases)('$content with $values', ({ content, values, expected }) => {
    expect(fill(content, values as Personalisation)).toBe(expected);
  });

  it.each(showsConditional)('%j shows conditional content', (value) => {
    expect(isTruthyValue(value)).toBe(true);
    expect(fill('((show??Yes))', { show: value })).toBe('Yes');
  });

  it.each(hidesConditional)('%j hides conditional content', (value) => {
    expect(isTruthyValue(value)).toBe(false);
    expect(fill('((show??Yes))', { show: value })).toBe('');
  });

  it.each(listCases)('list $value', ({ value, sentence, markdown }) => {
    expect(fill('list: ((placeholder))', { placeholder: value })).toBe(sentence);
    expect(fill('list: ((placeholder))', { placeholder: value }, { ...plain, listStyle: 'markdown' })).toBe(markdown);
  });

  it.each(placeholderCases)('$body is named $name', ({ body, name, conditional }) => {
    expect(findPlaceholders(body)).toEqual([
      { name, key: name.replace(/[ _-]/g, '').toLowerCase(), ...(conditional === undefined ? {} : { conditional }) },
    ]);
  });
});

// A reference model of Notify's arithmetic, written apart from the counter:
// every character is one, an extended GSM character one more (in either
// encoding), and a Welsh character GSM lacks makes the message Unicode.
const GSM = [
  ...'@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\n',
];
const EXTENDED = [...'^{}\\[~]|€'];
const WELSH_UNICODE = [...'âêîôûŵŷÂÊÎÔÛŴŶẁỳẀỲáíóúẃýÁÍÓÚẂÝëïẅÿËÏẄŸÈÌÒÙ'];
const DOWNGRADED_TO_QUESTION_MARK = ['\u{1F600}', '中', 'Ж', '한', '\u2189'];

function referenceFragments(text: string): { fragments: number; unicode: boolean; units: number } {
  const chars = [...text];
  const unicode = chars.some((char) => WELSH_UNICODE.includes(char));
  const units = chars.length + chars.filter((char) => EXTENDED.includes(char)).length;
  const [single, part] = unicode ? [70, 67] : [160, 153];
  // The smallest number of parts the units fit in: one part holds `single`, each of several holds `part`.
  let parts = 1;
  while (units > (parts === 1 ? single : parts * part)) parts += 1;
  return { fragments: parts, unicode, units };
}

const character = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...GSM) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTENDED) },
  { weight: 1, arbitrary: fc.constantFrom(...WELSH_UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...DOWNGRADED_TO_QUESTION_MARK) },
);
const message = fc.array(character, { maxLength: 700 }).map((chars) => chars.join(''));
const settings = { seed: 20261208, numRuns: 300 };

describe('countSms against the reference model', () => {
  it('gives the smallest number of parts that fit, for GSM, extended and Unicode mixes', () => {
    fc.assert(
      fc.property(message, (text) => {
        const model = referenceFragments(text);
        const count = countSms(text);
        expect(count.fragments).toBe(model.fragments);
        expect(count.encoding).toBe(model.unicode ? 'ucs2' : 'gsm');
        expect(count.characters).toBe(model.units);
      }),
      settings,
    );
  });

  it('counts the service-name prefix for fragments but not for the limit', () => {
    const prefix = fc.array(fc.constantFrom(...GSM.filter((c) => c !== '\n'), ...WELSH_UNICODE), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(prefix, message, (name, text) => {
        const service = name.join('');
        const count = countSms(text, { prefix: service });
        const whole = text === '' ? `${service}:` : `${service}: ${text}`;
        expect(count.fragments).toBe(referenceFragments(whole).fragments);
        expect(count.length).toBe(Math.max([...whole].length - [...service].length - 2, 0));
      }),
      settings,
    );
  });

  it('lands on each boundary: one more character is one more part', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WELSH_UNICODE), fc.integer({ min: 1, max: 13 }), (welsh, parts) => {
        const fits = parts === 1 ? 70 : parts * 67;
        expect(countSms(welsh.repeat(fits)).fragments).toBe(parts);
        expect(countSms(welsh.repeat(fits + 1)).fragments).toBe(parts === 1 ? 2 : parts + 1);
      }),
      settings,
    );
  });
});
