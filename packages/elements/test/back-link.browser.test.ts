import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { backLinkAttributes, type CivicBackLink } from '../src/index.js';
import { backLinkExamples } from '../examples/back-link.examples.js';
import { cleanup, container, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const backLink = componentFromAttributes('civic-back-link', backLinkAttributes);

describe('<civic-back-link>', () => {
  afterEach(cleanup);

  runExampleSuite(backLink, backLinkExamples, {
    accessibility: {
      title: 'is a link named by its text, in the page language',
      async check({ element, example, lang, tree }) {
        expect(await tree('a')).to.include({ role: 'link', name: example.options.text ?? (lang === 'cy' ? 'Yn ôl' : 'Back') });
        expect(element.link?.getAttribute('href')).to.equal(example.options.href ?? '#');
      },
    },
    parity: { server: 'BackLink' },
  });

  it('is reached with Tab and followed with Enter', async () => {
    const element = await backLink.render({ href: '#previous-question' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.link);
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal('#previous-question');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('refuses script URLs', async () => {
    const element = await backLink.render({ href: 'javascript:alert(1)' });
    expect(element.link?.getAttribute('href')).to.equal('#');
    element.href = ' JAVASCRIPT:alert(1)';
    await element.updateComplete;
    expect(element.link?.getAttribute('href')).to.equal('#');
    const server = parseHtml(await serverRender('BackLink', { href: 'javascript:alert(1)' }));
    expect(server.getAttribute('href')).to.equal('#');
    expect(server.querySelector('a')?.getAttribute('href')).to.equal('#');
  });

  it('adopts bare server markup, keeping its href and following the page language for default text', async () => {
    const inner = await serverRender('BackLink', { href: '/apply/address' }, { element: false });
    const parent = container();
    const { element } = await adoptServerHtml<CivicBackLink>(`<civic-back-link>${inner}</civic-back-link>`, { place: parent });
    expect(element.querySelectorAll('a')).to.have.length(1);
    expect(element.link?.getAttribute('href')).to.equal('/apply/address');
    expect(element.text).to.equal(undefined);
    parent.lang = 'cy';
    await afterLangChange(element);
    expect(element.link?.textContent).to.equal('Yn ôl');
  });
});
