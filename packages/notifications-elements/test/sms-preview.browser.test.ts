import { expect } from '@open-wc/testing';
import { countSms, renderTemplate, sanitiseSms } from '@civicbricks/notifications';
import '../src/define.js';
import { smsPreviewAttributes } from '../src/index.js';
import { announceDelayMs } from '../src/sms-preview/sms-preview.js';
import { overLongText, reminderTemplate, smsPreviewExamples } from '../examples/sms-preview.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const smsPreview = componentFromAttributes('civic-sms-preview', smsPreviewAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const plural = (count: number, one: string, other: string): string => `${count} ${count === 1 ? one : other}`;
const englishCount = (value: string): string => {
  const { characters, fragments } = countSms(value);
  return `${plural(characters, 'character', 'characters')}, ${plural(fragments, 'text message', 'text messages')}`;
};
const visibleCount = (element: Element): string => text(element.querySelector('.civic-sms-preview__count'));
const announced = (element: Element): string => text(element.querySelector('[aria-live="polite"]'));

describe('<civic-sms-preview>', () => {
  afterEach(cleanup);

  runExampleSuite(smsPreview, smsPreviewExamples, {
    accessibility: {
      title: 'is a figure named by its caption, with the count in a polite live region',
      async check({ element, lang, tree }) {
        expect(await tree('figure')).to.include({
          role: 'figure',
          name: lang === 'cy' ? 'Y neges destun fel y caiff ei hanfon' : 'Text message as it will be sent',
        });
        const status = element.querySelector('[aria-live="polite"]')!;
        expect(status.classList.contains('govuk-visually-hidden')).to.equal(true);
        expect(text(status)).to.equal(visibleCount(element));
        // The visible count is hidden from the accessibility tree so screen readers hear it once, from the status.
        expect((await tree('.civic-sms-preview__count')).ignored).to.equal(true);
      },
    },
    more: {
      async 'counts as countSms does and shows the text as Notify sends it'({ element, example, lang }) {
        const { template, personalisation, text: value = '' } = example.options;
        const rendered = template ? renderTemplate(template, personalisation, { locale: lang, purpose: 'preview' }) : undefined;
        const count = rendered?.sms ?? countSms(value);
        expect(element.querySelector('.civic-sms-preview__encoding')?.getAttribute('data-encoding')).to.equal(count.encoding);
        if (example.lang !== 'cy') {
          expect(visibleCount(element)).to.equal(
            `${count.characters} character${count.characters === 1 ? '' : 's'}, ${count.fragments} text message${count.fragments === 1 ? '' : 's'}`,
          );
        }
        if (!template) expect(count).to.deep.equal(countSms(value));
        const message = element.querySelector('.civic-sms-preview__message')!;
        expect(message.textContent).to.equal(rendered?.text ?? sanitiseSms(value));
      },
    },
  });

  describe('counts like Notify, at the fragment boundaries', () => {
    const table: readonly [string, string][] = [
      ['empty', ''],
      ['160 GSM characters', 'a'.repeat(160)],
      ['161 GSM characters', 'a'.repeat(161)],
      ['306 GSM characters', 'b'.repeat(306)],
      ['307 GSM characters', 'b'.repeat(307)],
      ['70 Unicode characters', `${'a'.repeat(69)}ŵ`],
      ['71 Unicode characters', `${'a'.repeat(70)}ŷ`],
      ['134 Unicode characters', 'â'.repeat(134)],
      ['135 Unicode characters', 'â'.repeat(135)],
      ['Welsh letters GSM carries', 'Dŵr? Nage: ä ö ü é à'],
      ['Welsh letters GSM lacks', 'Croeso i’r tŷ â’r ŵyr'],
      ['80 extended characters make 160', '['.repeat(80)],
      ['80 extended characters and one more', `${'€'.repeat(80)}x`],
      ['extended characters in Unicode', '{ŵ}'],
      ['an ellipsis counts once', `${'a'.repeat(159)}…`],
      ['emoji', 'Hi 👋🏽'],
    ];
    for (const [name, value] of table) {
      it(name, async () => {
        const element = await smsPreview.render({ text: value });
        expect(visibleCount(element)).to.equal(englishCount(value));
        expect(text(element.querySelector('.civic-sms-preview__charge'))).to.equal(
          `Will be charged as ${plural(countSms(value).fragments, 'text message', 'text messages')}`,
        );
        expect(element.querySelector('.civic-sms-preview__encoding')?.getAttribute('data-encoding')).to.equal(countSms(value).encoding);
      });
    }
  });

  it('lists the characters Notify changes, and the ones that force Unicode, in plain words', async () => {
    const quotes = await smsPreview.render({ text: 'We’ve got it – “thanks”… and\u00A0more\u200B' });
    const changes = [...quotes.querySelectorAll('.civic-sms-preview__changes li')].map(text);
    expect(changes).to.deep.equal([
      "’ will be sent as '",
      '– will be sent as -',
      '“ will be sent as "',
      '” will be sent as "',
      '… will be sent as ...',
      'invisible character U+00A0 will be sent as a space',
      'invisible character U+200B will be removed',
    ]);
    expect(quotes.querySelector('.civic-sms-preview__unicode')).to.equal(null);
    expect(text(quotes.querySelector('.civic-sms-preview__encoding'))).to.match(
      /^Sent in the standard text alphabet \(GSM\): one text message holds 160/,
    );

    const welsh = await smsPreview.render({ text: 'Tŷ â ŵyr, £5 {cash}' });
    expect(text(welsh.querySelector('.civic-sms-preview__unicode'))).to.equal('ŷ â ŵ');
    expect(text(welsh.querySelector('.civic-sms-preview__encoding'))).to.match(/^Sent as Unicode \(UCS-2\).*70 characters/);
    expect(text(welsh.querySelector('.civic-sms-preview__extended'))).to.equal('These characters count as 2 each: { }');
    expect(welsh.querySelector('.civic-sms-preview__changes')).to.equal(null);

    const emoji = await smsPreview.render({ text: 'Bins 🗑️ out 👍' });
    expect([...emoji.querySelectorAll('.civic-sms-preview__changes li')].map(text)).to.deep.equal(['emoji (🗑 👍) will be sent as ?']);
    expect(text(emoji.querySelector('.civic-sms-preview__message'))).to.equal('Bins ?? out ?');
  });

  it('warns when the message is over 918 characters', async () => {
    const long = await smsPreview.render({ text: overLongText });
    expect(text(long.querySelector('.civic-sms-preview__too-long'))).to.equal(
      '! Warning This message is too long: 920 characters. Text messages cannot be longer than 918 characters.',
    );
    const limit = await smsPreview.render({ text: 'a'.repeat(918) });
    expect(limit.querySelector('.civic-sms-preview__too-long')).to.equal(null);
    expect(visibleCount(limit)).to.equal('918 characters, 6 text messages');
  });

  it('updates the count as the text changes, and tells screen readers once typing pauses', async () => {
    const element = await smsPreview.render({ text: 'Hello' });
    expect(announced(element)).to.equal('5 characters, 1 text message');
    for (const value of ['Hello t', 'Hello th', `Hello ${'x'.repeat(155)}`]) {
      element.text = value;
      await element.updateComplete;
      expect(visibleCount(element)).to.equal(englishCount(value));
      expect(announced(element)).to.equal('5 characters, 1 text message');
    }
    await pause(announceDelayMs + 100);
    await element.updateComplete;
    expect(announced(element)).to.equal('161 characters, 2 text messages');
  });

  it('follows a bound textarea', async () => {
    const parent = container();
    const textarea = document.createElement('textarea');
    textarea.setAttribute('aria-label', 'Message');
    const element = await smsPreview.render({ text: '' }, parent);
    parent.prepend(textarea);
    textarea.addEventListener('input', () => (element.text = textarea.value));
    textarea.value = 'Dŵr';
    textarea.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(visibleCount(element)).to.equal('3 characters, 1 text message');
    expect(element.querySelector('.civic-sms-preview__encoding')?.getAttribute('data-encoding')).to.equal('ucs2');
  });

  it('speaks Welsh for everything it owns, with every plural form, and follows a change of the page language', async () => {
    const parent = container('cy');
    const element = await smsPreview.render({ text: 'a'.repeat(161) }, parent);
    expect(visibleCount(element)).to.equal('161 nod, 2 neges destun');
    expect(text(element.querySelector('.civic-sms-preview__charge'))).to.equal('Codir tâl amdani fel 2 neges destun');
    for (const length of [0, 1, 2, 3, 6, 7]) {
      element.text = 'a'.repeat(length);
      await element.updateComplete;
      expect(visibleCount(element)).to.equal(`${length} nod, 1 neges destun`);
    }
    element.text = 'ŵ';
    await element.updateComplete;
    expect(text(element.querySelector('.civic-sms-preview__encoding'))).to.match(/^Caiff ei hanfon fel Unicode \(UCS-2\)/);
    parent.lang = 'en';
    await pause(0);
    await element.updateComplete;
    expect(visibleCount(element)).to.equal('1 character, 1 text message');
  });

  it('renders a template first, highlighting and listing missing personalisation', async () => {
    const element = await smsPreview.render({ template: reminderTemplate, personalisation: { service: 'Housing Options', online: 'yes' } });
    expect(text(element.querySelector('.civic-sms-preview__message'))).to.equal(
      'Your appointment with Housing Options is on ((date)). It is a video call.',
    );
    expect([...element.querySelectorAll('mark.civic-placeholder')].map(text)).to.deep.equal(['((date))']);
    expect(text(element.querySelector('.civic-sms-preview__missing'))).to.equal('! Warning Personalisation is missing for: date');
    const welsh = await smsPreview.render({
      template: reminderTemplate,
      personalisation: { service: 'Tai', date: '3 Mawrth', online: 'no' },
      recipientLocale: 'cy',
    });
    expect(text(welsh.querySelector('.civic-sms-preview__message'))).to.equal('Mae eich apwyntiad gyda Tai ar 3 Mawrth.');
    expect(welsh.querySelector('.civic-sms-preview__missing')).to.equal(null);
  });

  it('says why a template cannot be previewed', async () => {
    const email = await smsPreview.render({ template: { id: 'x', type: 'email', variants: { en: { subject: 'Hi', body: 'Hi' } } } });
    expect(text(email)).to.equal('This template cannot be previewed: This is not a text message template');
    const invalid = await smsPreview.render({ template: { id: 'x', type: 'sms', variants: { en: { body: '' } } } });
    expect(text(invalid.querySelector('.civic-sms-preview__error'))).to.match(/^This template cannot be previewed: /);
  });

  it('keeps hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>((name))';
    const element = await smsPreview.render({
      template: { id: 'x', type: 'sms', variants: { en: { body: hostile } } },
      personalisation: {},
    });
    const plain = await smsPreview.render({ text: hostile });
    await pause(50);
    for (const preview of [element, plain]) {
      expect(preview.querySelector('img, script')).to.equal(null);
      expect(text(preview.querySelector('.civic-sms-preview__message'))).to.contain('<img src=x');
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
