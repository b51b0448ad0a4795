import { ValidationError } from '@civicbricks/core/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MissingPersonalisationError, renderTemplate, SmsTooLongError, templateSchema, type Template } from '../src/index.js';

const email = (body: string, subject = 'Subject'): Template => ({ id: 'e', type: 'email', variants: { en: { subject, body } } });
const sms = (body: string): Template => ({ id: 's', type: 'sms', variants: { en: { body } } });
const bodyText = (template: Template, values = {}) => renderTemplate(template, values, { purpose: 'preview' }).text;

describe('placeholders, as Notify matches them', () => {
  it('matches names ignoring case, spaces, _ and -', () => {
    const t = sms('Hello ((First name)), ((first_name)) ((FIRST-NAME)) ((firstname))');
    expect(renderTemplate(t, { 'first Name': 'Ann' }).text).toBe('Hello Ann, Ann Ann Ann');
    expect(renderTemplate(t, { FIRST_NAME: 'Bo' }).placeholders).toEqual(['First name']);
  });

  it('needs two brackets and no bracket inside', () => {
    expect(bodyText(sms('(name) (((name))) ((na(me))'), { name: 'X' })).toBe('(name) (X) ((na(me))');
  });

  it('shows conditional text only for the values Notify calls true', () => {
    const t = sms('Start((urgent??: act now))((urgent??, today??))');
    for (const yes of ['yes', 'Y', 'TRUE', 't', '1', 'include', 'Show', true, 1]) {
      expect(renderTemplate(t, { urgent: yes }).text).toBe('Start: act now, today??');
    }
    for (const no of ['no', '', 'false', 0, false, 'maybe', 2, ['yes']]) {
      expect(renderTemplate(t, { urgent: no }).text).toBe('Start');
    }
  });

  it('writes values as Notify would: True/False for yes/no values, numbers as written', () => {
    expect(renderTemplate(sms('((a)) ((b)) ((c))'), { a: true, b: false, c: 12.5 }).text).toBe('True False 12.5');
  });

  it('turns lists into "a, b and c" in text messages and subjects, and bullets in an email body', () => {
    expect(renderTemplate(sms('Bring ((docs)).'), { docs: ['passport', ' bill ', null, '', 'letter'] }).text).toBe(
      'Bring passport, bill and letter.',
    );
    expect(renderTemplate(sms('Bring ((docs)).'), { docs: ['passport'] }).text).toBe('Bring passport.');
    const rendered = renderTemplate(email('You need:\n((docs))', 'Bring ((docs))'), { docs: ['passport', 'bill'] });
    expect(rendered.subject).toBe('Bring passport and bill');
    expect(rendered.html).toMatch(/<ul[^>]*><li[^>]*>passport<\/li><li[^>]*>bill<\/li><\/ul>/);
    expect(rendered.text).toBe('You need:\n\n• passport\n• bill\n');
  });

  it('joins lists with the Welsh "a"/"ac" in the Welsh variant', () => {
    const t: Template = { id: 'w', type: 'sms', variants: { en: { body: '((x))' }, cy: { body: 'Dewch â ((x))' } } };
    expect(renderTemplate(t, { x: ['pasbort', 'bil'] }, { locale: 'cy' }).text).toBe('Dewch â pasbort a bil');
    expect(renderTemplate(t, { x: ['pasbort', 'anfoneb'] }, { locale: 'cy-GB' }).text).toBe('Dewch â pasbort ac anfoneb');
  });

  it('reports missing values: an error listing them when sending, highlighted in a preview', () => {
    const t = email('Dear ((name)), ref ((ref)) ((flag??extra))', 'About ((topic))');
    let error: unknown;
    try {
      renderTemplate(t, { name: 'Jo', ref: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPersonalisationError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as MissingPersonalisationError).code).toBe('notifications.missing_personalisation');
    expect((error as MissingPersonalisationError).missing).toEqual(['topic', 'ref', 'flag']);
    expect((error as MissingPersonalisationError).issues.map((i) => i.path)).toEqual([
      ['personalisation', 'topic'],
      ['personalisation', 'ref'],
      ['personalisation', 'flag'],
    ]);
    const preview = renderTemplate(t, { name: '<Jo>' }, { purpose: 'preview' });
    expect(preview.missing).toEqual(['topic', 'ref', 'flag']);
    expect(preview.html).toContain('<mark class="civic-placeholder">((ref))</mark>');
    expect(preview.html).toContain('<mark class="civic-placeholder">((flag??extra))</mark>');
    expect(preview.html).toContain('Dear &lt;Jo&gt;');
    expect(preview.text).toBe('Dear <Jo>, ref ((ref)) ((flag??extra))\n');
    expect(preview.subject).toBe('About ((topic))');
  });

  it('cannot be fooled by a value containing the markers used for highlighting', () => {
    const preview = renderTemplate(email('A ((x)) B ((y))'), { x: '\uE0000\uE001' }, { purpose: 'preview' });
    expect(preview.html).not.toContain('\uE000');
    expect(preview.html?.match(/<mark/g)).toHaveLength(1);
  });
});

describe('variants', () => {
  const t: Template = { id: 'v', type: 'sms', variants: { en: { body: 'Hello' }, cy: { body: 'Helo' } } };
  it('chooses the recipient language and falls back to English', () => {
    expect(renderTemplate(t, {}, { locale: 'cy' })).toMatchObject({ text: 'Helo', locale: 'cy' });
    expect(renderTemplate(t, {}, { locale: 'en-GB' })).toMatchObject({ text: 'Hello', locale: 'en' });
    expect(renderTemplate({ ...t, variants: { en: t.variants.en } }, {}, { locale: 'cy' })).toMatchObject({ text: 'Hello', locale: 'en' });
  });

  it('validates templates as JSON with the exported schema', () => {
    expect(templateSchema.safeParse(t).success).toBe(true);
    expect(templateSchema.safeParse({ id: 'x', type: 'email', variants: { en: { body: 'no subject' } } }).success).toBe(false);
    expect(templateSchema.safeParse({ id: 'x', type: 'sms', variants: { en: { subject: 'S', body: 'b' } } }).success).toBe(false);
    expect(templateSchema.safeParse({ id: 'x', type: 'sms', variants: { fr: { body: 'b' }, en: { body: 'b' } } }).success).toBe(false);
    expect(() => renderTemplate({ id: 'x', type: 'fax' } as unknown as Template)).toThrow(ValidationError);
  });
});

describe('text messages', () => {
  it('normalises whitespace as Notify does, and sends the downgraded text', () => {
    expect(renderTemplate(sms('  Hello   ((name)) ,\n\n\n\nBye…  '), { name: 'Ann' }).text).toBe('Hello Ann,\n\nBye...');
  });

  it('counts the message after the values are filled in', () => {
    const rendered = renderTemplate(sms('Code: ((code))'), { code: '€€' });
    expect(rendered.sms).toMatchObject({ characters: 10, fragments: 1, encoding: 'gsm' });
  });

  it('refuses to send more than 918 characters with notifications.sms_too_long, and previews it', () => {
    const t = sms('((text))');
    expect(renderTemplate(t, { text: 'a'.repeat(918) }).sms?.fragments).toBe(6);
    let error: unknown;
    try {
      renderTemplate(t, { text: 'a'.repeat(919) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SmsTooLongError);
    expect((error as SmsTooLongError).code).toBe('notifications.sms_too_long');
    expect((error as SmsTooLongError).length).toBe(919);
    expect(renderTemplate(t, { text: 'a'.repeat(919) }, { purpose: 'preview' }).sms?.tooLong).toBe(true);
  });

  it('counts a preview as Notify does: a missing value is empty, but the space before it stays', () => {
    expect(renderTemplate(sms('Hi ((name))'), {}, { purpose: 'preview' })).toMatchObject({ text: 'Hi ((name))', sms: { characters: 3 } });
    expect(renderTemplate(sms('a    ((name))    b'), {}, { purpose: 'preview' }).sms?.characters).toBe(4);
  });
});

describe('email formatting', () => {
  const html = (body: string) => renderTemplate(email(body), {}).html ?? '';
  const text = (body: string) => renderTemplate(email(body), {}).text;

  it('renders # headings (level 1 only), paragraphs and line breaks', () => {
    expect(html('# Title\n\nLine one\nLine two')).toMatch(/^<h2[^>]*>Title<\/h2>\n<p[^>]*>Line one<br \/>Line two<\/p>$/);
    expect(html('## Smaller')).toMatch(/^<p[^>]*>Smaller<\/p>$/);
    expect(text('# Title\n\nLine one\nLine two')).toBe(`Title\n${'-'.repeat(65)}\n\nLine one\nLine two\n`);
  });

  it('renders bullet and numbered lists', () => {
    expect(html('* one\n- two\n• three')).toMatch(/^<ul[^>]*>(<li[^>]*>(one|two|three)<\/li>){3}<\/ul>$/);
    expect(html('1. one\n2. two')).toMatch(/^<ol[^>]*><li[^>]*>one<\/li><li[^>]*>two<\/li><\/ol>$/);
    expect(text('Steps:\n\n1. one\n2. two')).toBe('Steps:\n\n1. one\n2. two\n');
    expect(text('* a\n* b')).toBe('• a\n• b\n');
  });

  it('renders ^ inset text and --- rules', () => {
    expect(html('^ Important\n\n---\n\nAfter')).toMatch(
      /^<blockquote[^>]*><p[^>]*>Important<\/p><\/blockquote>\n<hr[^>]*>\n<p[^>]*>After<\/p>$/,
    );
    expect(text('Before\n\n---\n\nAfter')).toBe(`Before\n\n${'='.repeat(65)}\n\nAfter\n`);
  });

  it('links addresses and [text](url), leaving trailing punctuation out', () => {
    expect(html('Visit https://www.gov.uk/apply.')).toContain(
      '<a style="word-wrap: break-word; color: #1d70b8;" href="https://www.gov.uk/apply">https://www.gov.uk/apply</a>.',
    );
    expect(html('[Apply now](https://example.com/a?b=1&c=2)')).toContain('href="https://example.com/a?b=1&amp;c=2">Apply now</a>');
    expect(text('[Apply now](https://example.com/apply)')).toBe('Apply now: https://example.com/apply\n');
    expect(html('[click](javascript:alert(1))')).not.toContain('<a');
  });

  it('keeps * and _ literal (no emphasis) and stops GOV.UK becoming a link', () => {
    expect(html('*not bold* _not italic_')).toContain('*not bold* _not italic_');
    expect(text('See GOV.UK for more')).toBe('See GOV.\u200BUK for more\n');
  });

  it('applies Notify typography: en dashes and no space before punctuation', () => {
    expect(text('Open 9am - 5pm , daily .')).toBe('Open 9am \u2013 5pm, daily.\n');
  });
});

describe('HTML safety', () => {
  const ALLOWED_TAGS = new Set(['p', 'br', 'h2', 'ul', 'ol', 'li', 'blockquote', 'hr', 'a', 'mark']);
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      '&lt;b&gt;',
      '<a href="javascript:x">',
      '<!--',
      ']]>',
    ),
    fc
      .array(
        fc.constantFrom(
          '<',
          '>',
          '"',
          "'",
          '&',
          'a',
          ' ',
          '\n',
          '#',
          '*',
          '^',
          '[',
          ']',
          '(',
          ')',
          'http://x.co/',
          'javascript:',
          '=',
          '/',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join('')),
  );

  it('never lets a value add a tag or attribute to an email', () => {
    const template = email('# ((a))\n\nHello ((a)), ((b))\n\n* ((a))\n\n^ ((b))\n\n[link](https://example.com/((a)))');
    fc.assert(
      fc.property(hostile, hostile, fc.boolean(), (a, b, asList) => {
        const rendered = renderTemplate(template, { a, b: asList ? [b, a] : b }, { purpose: 'preview' });
        const output = rendered.html ?? '';
        for (const tag of output.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
          expect(ALLOWED_TAGS.has(tag[1] ?? '')).toBe(true);
          const attributes = (tag[2] ?? '')
            .replace(/\s(style|class)="[^"<>]*"/g, '')
            .replace(/\shref="(https?:|mailto:)[^"<>\s]*"/g, '')
            .trim();
          expect(attributes === '' || attributes === '/').toBe(true);
        }
        expect(output).not.toMatch(/<(script|img|svg|iframe)/i);
      }),
      { numRuns: 400 },
    );
  });
});
