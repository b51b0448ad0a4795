import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { exitThisPageAttributes, CivicExitPageEvent, type CivicExitThisPage } from '../src/index.js';
import { exitThisPageExamples } from '../examples/exit-this-page.examples.js';
import { cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const exitThisPage = componentFromAttributes('civic-exit-this-page', exitThisPageAttributes);

/** Records exits instead of leaving the test page. */
function catchExits(): string[] {
  const urls: string[] = [];
  document.addEventListener(
    'civic-exit-page',
    (event) => {
      event.preventDefault();
      // A typed event with the URL it is about to go to, not a bare Event.
      urls.push(event instanceof CivicExitPageEvent ? event.url : 'not a CivicExitPageEvent');
    },
    true,
  );
  return urls;
}

function status(element: CivicExitThisPage): string {
  return element.querySelector('[role="status"]')?.textContent ?? '';
}

function lightsOn(element: CivicExitThisPage): number {
  return element.querySelectorAll('.govuk-exit-this-page__indicator-light--on').length;
}

function resetPage(): void {
  document.body.classList.remove('govuk-exit-this-page-hide-content');
  for (const overlay of document.querySelectorAll('.govuk-exit-this-page-overlay')) overlay.remove();
}

const words = { en: 'Emergency Exit this page', cy: 'Argyfwng Gadael y dudalen hon' } as const;

describe('<civic-exit-this-page>', () => {
  afterEach(() => {
    cleanup();
    resetPage();
  });

  runExampleSuite(exitThisPage, exitThisPageExamples, {
    accessibility: {
      title: 'is a button named "Emergency Exit this page" that links to the neutral page',
      async check({ element, example, lang, tree }) {
        const button = await tree('.govuk-exit-this-page__button');
        expect(button.role).to.equal('button');
        // govuk-visually-hidden pads "Emergency" with spaces (in ::before and ::after), which Chromium counts.
        expect(button.name.replace(/\s+/g, ' ').trim()).to.equal(example.options.text ?? words[lang]);
        expect(element.button?.getAttribute('href')).to.equal(example.options.redirectUrl ?? 'https://www.bbc.co.uk/weather');
        expect((await tree('.govuk-exit-this-page__indicator')).ignored).to.equal(true);
      },
    },
    parity: {
      server: 'ExitThisPage',
      title: 'renders what the server render function renders, plus the indicator and status its script adds',
      client(element) {
        const copy = element.cloneNode(true) as Element;
        // govuk-frontend's script adds these two as well; with JavaScript off there is nothing to show or announce.
        copy.querySelector('.govuk-exit-this-page__indicator')?.remove();
        copy.querySelector('[role="status"]')?.remove();
        return renderedMarkup(copy);
      },
    },
  });

  it('exits when the button is pressed from the keyboard: page covered, "Loading." announced, redirect URL', async () => {
    const exits = catchExits();
    const element = await exitThisPage.render({ redirectUrl: 'https://www.bbc.co.uk/weather' });
    element.button!.focus();
    await sendKeys({ press: 'Enter' });
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(document.body.classList.contains('govuk-exit-this-page-hide-content')).to.equal(true);
    const overlay = document.querySelector('.govuk-exit-this-page-overlay');
    expect(overlay?.getAttribute('role')).to.equal('alert');
    expect(overlay?.textContent).to.equal('Loading.');
    window.dispatchEvent(new Event('pageshow'));
    expect(document.body.classList.contains('govuk-exit-this-page-hide-content')).to.equal(false);
    expect(document.querySelector('.govuk-exit-this-page-overlay')).to.equal(null);
  });

  it('exits on three presses of Shift, lighting the indicator and announcing the count', async () => {
    const exits = catchExits();
    const element = await exitThisPage.render({});
    document.body.focus();
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(lightsOn(element)).to.equal(1);
    expect(element.querySelector('.govuk-exit-this-page__indicator--visible')).not.to.equal(null);
    expect(status(element)).to.equal('Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(lightsOn(element)).to.equal(2);
    expect(status(element)).to.equal('Shift, press 1 more time to exit.');
    expect(exits).to.have.length(0);
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(lightsOn(element)).to.equal(0);
    expect(document.querySelector('.govuk-exit-this-page-overlay')?.textContent).to.equal('Loading.');
  });

  it('does not count Shift used for typing, and starts again after another key', async () => {
    const exits = catchExits();
    const element = await exitThisPage.render({});
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift+KeyA' });
    await element.updateComplete;
    expect(lightsOn(element)).to.equal(0);
    expect(status(element)).to.equal('Exit this page expired.');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(exits).to.have.length(0);
  });

  it('expires after 5 seconds without the third press', async () => {
    const exits = catchExits();
    const element = await exitThisPage.render({});
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 5200));
    await element.updateComplete;
    expect(lightsOn(element)).to.equal(0);
    expect(status(element)).to.equal('Exit this page expired.');
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(exits).to.have.length(0);
    expect(lightsOn(element)).to.equal(1);
  }).timeout(10_000);

  it('stays at the top of the window as the page scrolls, as GOV.UK’s sticky button does', async () => {
    const page = container();
    const element = await exitThisPage.render({ redirectUrl: 'https://www.bbc.co.uk/weather' }, page);
    const tall = document.createElement('div');
    tall.style.height = `${window.innerHeight * 3}px`;
    page.append(tall);
    try {
      window.scrollTo(0, window.innerHeight);
      const button = element.querySelector('.govuk-exit-this-page__button') as HTMLElement;
      expect(Math.round(button.getBoundingClientRect().top)).to.be.within(0, 5);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('refuses a javascript: redirect URL', async () => {
    const element = await exitThisPage.render({ redirectUrl: 'javascript:alert(1)' });
    expect(element.button?.getAttribute('href')).to.equal('#');
  });

  it('adopts server markup and then exits', async () => {
    const exits = catchExits();
    const { element } = await adoptServerHtml<CivicExitThisPage>(
      await serverRender('ExitThisPage', { redirectUrl: 'https://example.org/', id: 'exit' }),
    );
    expect(element.querySelectorAll('.govuk-exit-this-page')).to.have.length(1);
    expect(element.querySelector('.govuk-exit-this-page')?.id).to.equal('exit');
    element.button!.click();
    expect(exits).to.deep.equal(['https://example.org/']);
  });

  it('speaks Welsh when the page language changes, announcements included', async () => {
    catchExits();
    const element = await exitThisPage.render({});
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(element.button?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Argyfwng Gadael y dudalen hon');
    await sendKeys({ press: 'Shift' });
    await element.updateComplete;
    expect(status(element)).to.equal('Shift, pwyswch ddwywaith eto i adael.');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(document.querySelector('.govuk-exit-this-page-overlay')?.textContent).to.equal('Yn llwytho.');
  });
});
