import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { footerAttributes } from '../src/index.js';
import { footerExamples } from '../examples/footer.examples.js';
import { accessibleProperties, cleanup, container, parseHtml, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const footer = componentFromAttributes('civic-footer', footerAttributes);

const words = {
  en: { supportLinks: 'Support links', licence: 'Open Government Licence v3.0', crown: '© Crown copyright' },
  cy: { supportLinks: 'Dolenni cymorth', licence: 'Drwydded Llywodraeth Agored v3.0', crown: '© Hawlfraint y Goron' },
} as const;

describe('<civic-footer>', () => {
  afterEach(cleanup);

  runExampleSuite(footer, footerExamples, {
    accessibility: {
      title: 'names the support links under a hidden heading, and shows the licence and copyright it should',
      async check({ element, example, lang, tree }) {
        const items = example.options.meta?.items ?? [];
        if (example.options.meta) {
          const heading = await tree('h2');
          expect(heading.role).to.equal('heading');
          // govuk-visually-hidden pads its text with spaces (in ::before and ::after), which Chromium counts.
          expect(heading.name.trim()).to.equal(words[lang].supportLinks);
          expect(element.querySelector('h2')?.classList.contains('govuk-visually-hidden')).to.equal(true);
        }
        for (const [index, item] of items.entries()) {
          expect(await tree(`.govuk-footer__inline-list-item:nth-child(${index + 1}) a`)).to.include({ role: 'link', name: item.text });
        }
        const text = element.textContent?.replace(/\s+/g, ' ') ?? '';
        const govuk = example.options.govukBranding === true;
        // GOV.UK's licence sentence links the licence; a council's own licence text is only text.
        expect(element.querySelector('a[rel="license"]') !== null).to.equal(govuk && !example.options.contentLicence);
        expect(text.includes(words[lang].crown)).to.equal(govuk && !example.options.copyright);
        expect(element.querySelector('.govuk-footer__crown') !== null).to.equal(govuk);
        if (example.options.contentLicence) expect(text).to.contain(example.options.contentLicence.text);
        if (example.options.copyright) expect(text).to.contain(example.options.copyright.text);
        if (govuk) {
          const licence = await tree('a[rel="license"]');
          expect(licence.name).to.equal(words[lang].licence);
        }
      },
    },
    parity: { server: 'Footer' },
  });

  it('keeps the crown and GOV.UK artwork out of the accessibility tree', async () => {
    const element = await footer.render({ govukBranding: true });
    element.id = 'footer-under-test';
    expect((await accessibleProperties('#footer-under-test .govuk-footer__crown')).ignored).to.equal(true);
    expect((await accessibleProperties('#footer-under-test .govuk-footer__licence-logo')).ignored).to.equal(true);
  });

  it('is walked with Tab through the support links, then the copyright link', async () => {
    const element = await footer.render(footerExamples[0]!.options);
    const before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    before.focus();
    const expected = [...element.querySelectorAll('a')];
    expect(expected).to.have.length(5);
    for (const link of expected) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
    }
    expect(expected.at(-1)?.textContent?.trim()).to.equal('© Anytown Borough Council');
  });

  it('refuses javascript: URLs in support and copyright links', async () => {
    const element = await footer.render({
      meta: { items: [{ text: 'Bad', href: 'javascript:alert(1)' }] },
      copyright: { text: '© Anytown', href: 'javascript:alert(2)' },
    });
    expect([...element.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#', '#']);
  });

  it('adopts bare server markup wrapped by hand, reading its options back from the markup', async () => {
    const options = footerExamples[1]!.options;
    const serverMarkup = renderedMarkup(parseHtml(await serverRender('Footer', options)));
    const bare = document.createElement('civic-footer');
    bare.append(document.adoptNode(parseHtml(await serverRender('Footer', options, { element: false }))));
    container().append(bare);
    await bare.updateComplete;
    expect(bare.meta?.items).to.deep.equal(options.meta?.items);
    expect(bare.contentLicence).to.deep.equal(options.contentLicence);
    expect(bare.copyright).to.deep.equal(options.copyright);
    expect(renderedMarkup(bare)).to.equal(serverMarkup);

    const govuk = document.createElement('civic-footer');
    govuk.append(document.adoptNode(parseHtml(await serverRender('Footer', { govukBranding: true }, { element: false }))));
    container().append(govuk);
    await govuk.updateComplete;
    expect(govuk.govukBranding).to.equal(true);
    expect(govuk.copyright).to.equal(undefined);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await footer.render({ govukBranding: true, meta: { items: [{ text: 'Cookies', href: '/cookies' }] } });
    const text = (): string => element.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text()).to.contain('Support links');
    expect(text()).to.contain('© Crown copyright');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(text()).to.contain('Dolenni cymorth');
    expect(text()).to.contain('Mae’r holl gynnwys ar gael dan y Drwydded Llywodraeth Agored v3.0, oni nodir yn wahanol');
    expect(text()).to.contain('© Hawlfraint y Goron');
    element.messages = { supportLinks: 'Dolenni defnyddiol' };
    await element.updateComplete;
    expect(element.querySelector('h2')?.textContent).to.equal('Dolenni defnyddiol');
  });
});
