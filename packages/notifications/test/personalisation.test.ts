/**
 * Personalisation is plain text in emails: whatever a person typed into a value
 * is shown as typed, never read as Notify's Markdown; a template can opt single
 * placeholders in to formatting for values the service writes itself; and links
 * can be held to the hosts the service allows.
 */
import { ValidationError } from '@civicbricks/core/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from '@civicbricks/storage';
import { DisallowedLinkError, renderTemplate, type Template } from '../src/index.js';
import { createNotifyProvider } from '../src/notify/index.js';
import { createOutboxProvider, notificationsMigrations } from '../src/outbox/index.js';

const email = (body: string, extra: Partial<Template> = {}): Template => ({
  id: 'welcome',
  type: 'email',
  variants: { en: { subject: 'Welcome ((name))', body } },
  ...extra,
});

function rejection(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

describe('personalisation in an email is plain text', () => {
  it('shows a Markdown link in a value as typed, not as a link', () => {
    const name = '[Verify your account](https://evil.example/login)';
    const rendered = renderTemplate(email('Dear ((name)),\n\nThank you for registering.'), { name });
    expect(rendered.html).not.toContain('<a');
    expect(rendered.html).toContain('Dear [Verify your account](https://evil.example/login),');
    expect(rendered.text).toContain(`Dear ${name},`);
    expect(rendered.subject).toBe(`Welcome ${name}`);
  });

  it('shows a heading, list, inset, rule or bare address in a value as typed, keeping its line breaks', () => {
    for (const value of [
      '\n\n# Pay now',
      '\n\n* Pay now\n* Today',
      '\n\n^ Pay now',
      '\n\n---\n\nPay now',
      'https://evil.example/pay',
      'Pay now\n===',
    ]) {
      const rendered = renderTemplate(email('Dear ((name)),\n\nThank you.'), { name: value });
      for (const tag of ['<h2', '<ul', '<ol', '<li', '<blockquote', '<hr', '<a'])
        expect(rendered.html, `${JSON.stringify(value)} ${tag}`).not.toContain(tag);
      expect(rendered.html).toContain(value.replace(/\n/g, '<br />'));
      expect(rendered.text).toContain(`Dear ${value},`);
    }
  });

  it('still makes a bulleted list of a list value, with each item plain', () => {
    const rendered = renderTemplate(email('You sent:((documents))'), {
      name: 'A',
      documents: ['[passport](https://evil.example)', '# payslip'],
    });
    expect(rendered.html).toContain('<ul');
    expect(rendered.html).toContain('[passport](https://evil.example)</li>');
    expect(rendered.html).toContain('# payslip</li>');
    expect(rendered.html).not.toContain('<a');
    expect(rendered.text).toContain('• [passport](https://evil.example)\n• # payslip');
  });

  it('formats the template around a value: a heading or link the template wrote keeps the value plain inside it', () => {
    const rendered = renderTemplate(
      email(
        '# Hello ((name))\n\n[Track your application ((reference))](https://council.gov.uk/track/((reference)))\n\nOr https://council.gov.uk/t/((reference))',
      ),
      { name: '*you*', reference: 'AB 12' },
    );
    expect(rendered.html).toContain('>Hello *you*</h2>');
    expect(rendered.html).toContain('href="https://council.gov.uk/track/AB%2012">Track your application AB 12</a>');
    expect(rendered.html).toContain('href="https://council.gov.uk/t/AB%2012">https://council.gov.uk/t/AB 12</a>');
    expect(rendered.text).toContain('Track your application AB 12: https://council.gov.uk/track/AB 12');
  });

  it('makes a link of a template link whose address is a value, only for a safe scheme', () => {
    const template = email('[Reset your password](((link)))');
    expect(renderTemplate(template, { name: 'A', link: 'https://council.gov.uk/reset?t=1' }).html).toContain(
      'href="https://council.gov.uk/reset?t=1">Reset your password</a>',
    );
    const script = renderTemplate(template, { name: 'A', link: 'javascript:alert(1)' }).html ?? '';
    expect(script).not.toContain('<a');
    expect(script).toContain('javascript:alert(1)');
  });

  it('formats a placeholder the template opts in, for values the service writes', () => {
    const template = email('Dear ((name)),\n\n((next steps))', { formattedPlaceholders: ['Next_Steps'] });
    const rendered = renderTemplate(template, {
      name: '# not a heading',
      'next steps': '# What happens next\n\n[Book an appointment](https://council.gov.uk/book)',
    });
    expect(rendered.html).toContain('>What happens next</h2>');
    expect(rendered.html).toContain('href="https://council.gov.uk/book">Book an appointment</a>');
    expect(rendered.html).toContain('Dear # not a heading,');
  });

  it('lets no value add markup, wherever it goes', () => {
    const template = email(
      '# ((a))\n\n((a)) and [((a))](https://council.gov.uk/((a)))\n\n* ((a))\n\n^ ((a))\n\nhttps://council.gov.uk/((a))',
    );
    const baseline = renderTemplate(template, { name: 'n', a: 'x' }).html ?? '';
    const count = (html: string, tag: string): number => html.split(tag).length - 1;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (value) => {
        const html = renderTemplate(template, { name: 'n', a: value }).html ?? '';
        // Paragraphs and line breaks may follow the value's own line breaks; nothing else may change.
        for (const tag of ['<h2', '<ul', '<ol', '<li', '<blockquote', '<hr', '<a ', '<mark']) {
          expect(count(html, tag), `${JSON.stringify(value)} ${tag}`).toBe(count(baseline, tag));
        }
      }),
      { seed: 20_301_208, numRuns: 300 },
    );
  });
});

describe('allowedLinkHosts', () => {
  const options = { allowedLinkHosts: ['council.gov.uk', '*.nhs.uk'] };

  it('sends links to allowed hosts and their allowed subdomains', () => {
    const rendered = renderTemplate(
      email('[Pay](https://council.gov.uk/pay) or https://www.nhs.uk/conditions or [write](mailto:help@council.gov.uk)'),
      { name: 'A' },
      options,
    );
    expect(rendered.html).toContain('href="https://council.gov.uk/pay"');
    expect(rendered.html).toContain('href="https://www.nhs.uk/conditions"');
    expect(rendered.html).toContain('href="mailto:help%40council.gov.uk"');
  });

  it('refuses to send a template that links anywhere else, naming the hosts', () => {
    for (const [body, host] of [
      ['[Pay](https://evil.example/pay)', 'evil.example'],
      ['https://council.gov.uk.evil.example/pay', 'council.gov.uk.evil.example'],
      // The `@` is percent-encoded in the link, leaving no host a browser would open: named by its address.
      ['[Pay](https://council.gov.uk@evil.example/pay)', 'https://council.gov.uk@evil.example/pay'],
      ['https://nhs.uk/apex-is-not-a-subdomain', 'nhs.uk'],
      ['[write](mailto:help@evil.example)', 'evil.example'],
      ['[Reset](((link)))', 'evil.example'],
    ] as const) {
      const error = rejection(() => renderTemplate(email(body), { name: 'A', link: 'https://evil.example/reset' }, options));
      expect(error, body).toBeInstanceOf(DisallowedLinkError);
      expect((error as DisallowedLinkError).code).toBe('notifications.link_host_not_allowed');
      expect((error as DisallowedLinkError).hosts).toEqual([host]);
    }
  });

  it('holds links in an opted-in formatted value to the same hosts', () => {
    const template = email('((steps))', { formattedPlaceholders: ['steps'] });
    const error = rejection(() => renderTemplate(template, { name: 'A', steps: '[Book](https://evil.example/book)' }, options));
    expect(error).toBeInstanceOf(DisallowedLinkError);
  });

  it('shows a disallowed link as text in a preview, with its address', () => {
    const rendered = renderTemplate(email('[Pay](https://evil.example/pay)'), { name: 'A' }, { ...options, purpose: 'preview' });
    expect(rendered.html).not.toContain('<a');
    expect(rendered.html).toContain('Pay (https://evil.example/pay)');
  });

  it('refuses a host list entry that is not a host name, with its path', () => {
    const error = rejection(() => renderTemplate(email('Hi'), { name: 'A' }, { allowedLinkHosts: ['https://council.gov.uk'] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toEqual(['options', 'allowedLinkHosts', 0]);
  });
});

describe('allowedLinkHosts on the providers', () => {
  it('refuses, before storing anything, an email linking outside the outbox provider’s hosts', async () => {
    const store = await createStore({ adapter: 'memory', migrations: [notificationsMigrations] });
    try {
      const provider = createOutboxProvider({ store, allowedLinkHosts: ['council.gov.uk'] });
      const message = { to: 'a@example.org', personalisation: { name: 'A' }, reference: 'REF-1' };
      const error = await provider
        .send({ ...message, template: email('[Pay](https://evil.example/pay)') })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DisallowedLinkError);
      expect((await provider.list()).items).toHaveLength(0);
      await provider.send({ ...message, template: email('[Pay](https://council.gov.uk/pay)') });
      expect((await provider.list()).items).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('checks the host list when a provider is made', () => {
    for (const make of [
      () => createOutboxProvider({ store: {} as never, allowedLinkHosts: ['Council.gov.uk/'] }),
      () =>
        createNotifyProvider({
          apiKey: 'my_test_key-26785a09-ab16-4eb0-8407-a37497a57506-00000000-0000-4000-8000-000000000000',
          allowedLinkHosts: ['*'],
        }),
    ]) {
      const error = rejection(make);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).path).toEqual(['allowedLinkHosts', 0]);
    }
  });
});
