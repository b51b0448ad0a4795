import { expect } from '@open-wc/testing';
import { renderTemplate } from '@civicbricks/notifications';
import '../src/define.js';
import { emailPreviewAttributes } from '../src/index.js';
import { decisionTemplate, emailPreviewExamples } from '../examples/email-preview.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const emailPreview = componentFromAttributes('civic-email-preview', emailPreviewAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/[\s\u200B]+/g, ' ').trim();
const TAGS: Record<string, string> = { H2: 'h2', P: 'p', UL: 'ul', OL: 'ol', BLOCKQUOTE: 'inset', HR: 'hr', DIV: 'inset' };

/** Block kinds and texts, to compare our Lit body with the HTML Notify's formatter makes (parsed inertly, here only). */
function outline(root: Element): string[] {
  return [...root.children].flatMap((child) =>
    child.classList.contains('govuk-visually-hidden')
      ? []
      : TAGS[child.tagName] === 'inset'
        ? ['inset', ...outline(child)]
        : [`${TAGS[child.tagName] ?? child.tagName}: ${text(child)}`],
  );
}

describe('<civic-email-preview>', () => {
  afterEach(cleanup);

  runExampleSuite(emailPreview, emailPreviewExamples, {
    accessibility: {
      title: 'is a figure named by its caption, with the subject, a named body and the plain text',
      async check({ element, example, lang, tree }) {
        const cy = lang === 'cy';
        expect(await tree('figure')).to.include({ role: 'figure', name: cy ? 'Rhagolwg o’r e-bost' : 'Email preview' });
        const body = await tree('.civic-email-preview__body');
        expect(body.role).to.equal('region');
        expect(body.name.trim()).to.equal(cy ? 'Neges' : 'Message');
        expect((await tree('summary')).name).to.equal(cy ? 'Fersiwn testun plaen' : 'Plain-text version');
        const rendered = renderTemplate(example.options.template!, example.options.personalisation, {
          locale: lang,
          purpose: 'preview',
        });
        expect(text(element.querySelector('.civic-email-preview__subject'))).to.equal(rendered.subject);
        // Lines are separated by <br> elements, which add no text: compare line by line, joined.
        const lines = rendered.text.trim().split('\n');
        const shown = element.querySelector('.civic-email-preview__text')!;
        expect(shown.querySelectorAll('br')).to.have.length(lines.length - 1);
        expect(shown.textContent!.trim()).to.equal(lines.join(''));
      },
    },
    more: {
      async 'shows the same blocks and text as the HTML renderTemplate makes, built without it'({ element, example, lang }) {
        const rendered = renderTemplate(example.options.template!, example.options.personalisation, {
          locale: lang,
          purpose: 'preview',
        });
        const parsed = new DOMParser().parseFromString(`<body>${rendered.html ?? ''}</body>`, 'text/html').body;
        expect(outline(element.querySelector('.civic-email-preview__body')!)).to.deep.equal(outline(parsed));
      },
    },
  });

  it('highlights and lists missing personalisation', async () => {
    const element = await emailPreview.render({ template: decisionTemplate, personalisation: { name: 'Sam Jones' } });
    expect(text(element.querySelector('.civic-email-preview__missing'))).to.equal(
      '! Warning Personalisation is missing for: reference, address',
    );
    expect([...element.querySelectorAll('.civic-email-preview__body mark.civic-placeholder')].map(text)).to.deep.equal(['((address))']);
    expect([...element.querySelectorAll('.civic-email-preview__subject mark')].map(text)).to.deep.equal(['((reference))']);
  });

  it('makes links only for web and mail addresses, through safeUrl', async () => {
    const element = await emailPreview.render({
      template: {
        id: 'l',
        type: 'email',
        variants: { en: { subject: 'Links', body: '[bad](javascript:alert(1)) [good](https://example.org/a) ((url))' } },
      },
      personalisation: { url: 'javascript:alert(2)' },
    });
    const hrefs = [...element.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/a']);
  });

  it('shows Markdown in a value as typed, as the email is sent, and formats only opted-in placeholders', async () => {
    const template = {
      id: 'm',
      type: 'email' as const,
      formattedPlaceholders: ['steps'],
      variants: { en: { subject: 'Hello', body: 'Dear ((name)),\n\n[Track it](https://council.gov.uk/t/((ref)))\n\n((steps))' } },
    };
    const personalisation = {
      name: '[Verify your account](https://evil.example/login)\n\n# Pay now',
      ref: 'AB12',
      steps: '# Next\n\n[Book](https://council.gov.uk/book)',
    };
    const element = await emailPreview.render({ template, personalisation });
    const body = element.querySelector('.civic-email-preview__body')!;
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://council.gov.uk/t/AB12',
      'https://council.gov.uk/book',
    ]);
    expect([...body.querySelectorAll('h2:not(.govuk-visually-hidden)')].map(text)).to.deep.equal(['Next']);
    expect(text(body.querySelector('p'))).to.equal('Dear [Verify your account](https://evil.example/login)# Pay now,');
    const rendered = renderTemplate(template, personalisation, { purpose: 'preview' });
    const parsed = new DOMParser().parseFromString(`<body>${rendered.html ?? ''}</body>`, 'text/html').body;
    expect(outline(body)).to.deep.equal(outline(parsed));
  });

  it('keeps hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await emailPreview.render({
      template: { id: 'h', type: 'email', variants: { en: { subject: `Hi ${hostile}`, body: `# ${hostile}\n\n((name))` } } },
      personalisation: { name: hostile },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.querySelector('img, script')).to.equal(null);
    expect(text(element.querySelector('h2.govuk-heading-m'))).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks Welsh and shows the Welsh variant, following a change of the page language', async () => {
    const parent = container('cy');
    const element = await emailPreview.render({ template: decisionTemplate, personalisation: { name: 'Siân', reference: 'X1' } }, parent);
    expect(text(element.querySelector('.civic-email-preview__subject'))).to.equal('Eich cais am fathodyn glas X1');
    expect(text(element.querySelector('dt'))).to.equal('Pwnc');
    parent.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(text(element.querySelector('dt'))).to.equal('Subject');
    expect(text(element.querySelector('.civic-email-preview__subject'))).to.equal('Your blue badge application X1');
  });

  it('says why a template cannot be previewed', async () => {
    expect(text(await emailPreview.render({ template: undefined }))).to.equal('No template to preview');
    const sms = await emailPreview.render({ template: { id: 's', type: 'sms', variants: { en: { body: 'Hi' } } } });
    expect(text(sms)).to.equal('This template cannot be previewed: This is not an email template');
  });
});
