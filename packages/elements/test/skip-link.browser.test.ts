import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { skipLinkAttributes, type CivicSkipLink } from '../src/index.js';
import { skipLinkExamples } from '../examples/skip-link.examples.js';
import { cleanup, container, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const skipLink = componentFromAttributes('civic-skip-link', skipLinkAttributes);

/** A page as GOV.UK lays it out: the skip link, a header link, then `<main id="content">` with a link in it. */
async function page(): Promise<{ skip: CivicSkipLink; main: HTMLElement; inMain: HTMLAnchorElement }> {
  const parent = container();
  const skip = await skipLink.render({}, parent);
  const header = document.createElement('a');
  header.href = '#header-link';
  header.textContent = 'Council home';
  const main = document.createElement('main');
  main.id = 'content';
  const inMain = document.createElement('a');
  inMain.href = '#first-in-main';
  inMain.textContent = 'First link in main';
  main.append(inMain);
  parent.append(header, main);
  return { skip, main, inMain };
}

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<civic-skip-link>', () => {
  afterEach(() => {
    cleanup();
    clearHash();
  });

  runExampleSuite(skipLink, skipLinkExamples, {
    accessibility: {
      title: 'is a link named by its text, in the page language',
      async check({ element, example, lang, tree }) {
        expect(await tree('a')).to.include({
          role: 'link',
          name: example.options.text ?? (lang === 'cy' ? 'Neidio i’r prif gynnwys' : 'Skip to main content'),
        });
        expect(element.link?.getAttribute('href')).to.equal(example.options.href ?? '#content');
      },
    },
    parity: { server: 'SkipLink' },
  });

  it('is the first Tab stop, and Enter moves focus into the main content so the next Tab continues there', async () => {
    const { skip, main, inMain } = await page();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(skip.link);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(main.classList.contains('govuk-skip-link-focused-element')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(inMain);
    expect(main.hasAttribute('tabindex')).to.equal(false);
    expect(main.classList.contains('govuk-skip-link-focused-element')).to.equal(false);
  });

  it('keeps a tabindex the target already had', async () => {
    const { skip, main } = await page();
    main.setAttribute('tabindex', '0');
    skip.link!.click();
    expect(document.activeElement).to.equal(main);
    skip.link!.focus();
    expect(main.getAttribute('tabindex')).to.equal('0');
  });

  it('does nothing for a link to another page or a missing target', async () => {
    const parent = container();
    const away = await skipLink.render({ href: '/elsewhere#content', text: 'Away' }, parent);
    const main = document.createElement('main');
    main.id = 'content';
    parent.append(main);
    away.link!.addEventListener('click', (event) => event.preventDefault());
    away.link!.click();
    expect(main.hasAttribute('tabindex')).to.equal(false);
    expect(document.activeElement).not.to.equal(main);
    const missing = await skipLink.render({ href: '#nowhere', text: 'Missing' }, parent);
    missing.link!.click();
    expect(document.activeElement).not.to.equal(main);
  });

  it('adopts server markup and still moves focus', async () => {
    const parent = container();
    const element = document.adoptNode(parseHtml(await serverRender('SkipLink', {}))) as CivicSkipLink;
    parent.append(element);
    const main = document.createElement('main');
    main.id = 'content';
    parent.append(main);
    await element.updateComplete;
    expect(element.querySelectorAll('a')).to.have.length(1);
    element.link!.click();
    expect(document.activeElement).to.equal(main);
  });
});
