import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { cookieBannerAttributes, CivicCookieChoiceEvent, type CivicCookieBanner } from '../src/index.js';
import { cookieBannerExamples } from '../examples/cookie-banner.examples.js';
import { cleanup, container, parseHtml, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const cookieBanner = componentFromAttributes('civic-cookie-banner', cookieBannerAttributes);

const words = {
  en: {
    region: 'Cookies on ',
    accept: 'Accept analytics cookies',
    reject: 'Reject analytics cookies',
    accepted: 'You’ve accepted analytics cookies.',
    rejected: 'You’ve rejected analytics cookies.',
    hide: 'Hide cookie message',
  },
  cy: {
    region: 'Cwcis ar wefan ',
    accept: 'Derbyn cwcis dadansoddi',
    reject: 'Gwrthod cwcis dadansoddi',
    accepted: 'Rydych wedi derbyn cwcis dadansoddi.',
    rejected: 'Rydych wedi gwrthod cwcis dadansoddi.',
    hide: 'Cuddio’r neges cwcis',
  },
} as const;

function button(element: CivicCookieBanner, value: string): HTMLButtonElement {
  const found = element.querySelector<HTMLButtonElement>(`button[value="${value}"]`);
  if (!found) throw new Error(`No ${value} button`);
  return found;
}

describe('<civic-cookie-banner>', () => {
  afterEach(cleanup);

  runExampleSuite(cookieBanner, cookieBannerExamples, {
    accessibility: {
      title: 'is a region named "Cookies on [service]" with the question or the confirmation',
      async check({ element, example, lang, tree }) {
        const region = await tree('.govuk-cookie-banner');
        expect(region.role).to.equal('region');
        expect(region.name).to.equal(`${words[lang].region}${example.options.serviceName}`);
        if (example.options.choice) {
          const alert = await tree('.govuk-cookie-banner__message');
          expect(alert.role).to.equal('alert');
          expect(element.message?.textContent).to.contain(
            example.options.choice === 'accept' ? words[lang].accepted : words[lang].rejected,
          );
          expect((await tree('button[value="hide"]')).name).to.equal(words[lang].hide);
        } else {
          expect(await tree('h2')).to.include({ role: 'heading', name: region.name });
          expect(await tree('button[value="accept"]')).to.include({ role: 'button', name: words[lang].accept });
          expect((await tree('button[value="reject"]')).name).to.equal(words[lang].reject);
        }
        expect(element.querySelector('.govuk-cookie-banner__message a')?.getAttribute('href')).to.equal(
          example.options.cookiesPageUrl ?? '/cookies',
        );
      },
    },
    parity: { server: 'CookieBanner' },
  });

  it('on Accept, fires a cancelable civic-cookie-choice event, shows the confirmation and moves focus to it', async () => {
    const element = await cookieBanner.render({ serviceName: 'Anytown' });
    const events: CivicCookieChoiceEvent[] = [];
    document.addEventListener('civic-cookie-choice', (event) => events.push(event), { once: true });
    const cookiesBefore = document.cookie;
    button(element, 'accept').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(CivicCookieChoiceEvent);
    expect(events[0]!.choice).to.equal('accept');
    expect(events[0]!.cancelable).to.equal(true);
    expect(element.choice).to.equal('accept');
    expect(document.activeElement).to.equal(element.message);
    expect(element.message?.getAttribute('role')).to.equal('alert');
    expect(element.message?.getAttribute('tabindex')).to.equal('-1');
    expect(element.message?.textContent).to.contain('You’ve accepted analytics cookies.');
    // The service decides what to store: the banner itself writes no cookie.
    expect(document.cookie).to.equal(cookiesBefore);
  });

  it('on Reject, reports reject; a cancelled event keeps the question showing', async () => {
    const element = await cookieBanner.render({ serviceName: 'Anytown' });
    const cancel = (event: CivicCookieChoiceEvent): void => {
      expect(event.choice).to.equal('reject');
      event.preventDefault();
    };
    element.addEventListener('civic-cookie-choice', cancel);
    button(element, 'reject').click();
    await element.updateComplete;
    expect(element.choice).to.equal(undefined);
    expect(element.querySelector('button[value="accept"]')).not.to.equal(null);
    element.removeEventListener('civic-cookie-choice', cancel);
    button(element, 'reject').click();
    await element.updateComplete;
    expect(element.choice).to.equal('reject');
    expect(element.message?.textContent).to.contain('You’ve rejected analytics cookies.');
  });

  it('hides the whole banner with "Hide cookie message", from the keyboard', async () => {
    const element = await cookieBanner.render({ serviceName: 'Anytown' });
    button(element, 'accept').click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).to.equal(element.message);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('change your cookie settings');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button(element, 'hide'));
    await sendKeys({ press: 'Enter' });
    expect(element.hidden).to.equal(true);
    expect(element.getBoundingClientRect().height).to.equal(0);
  });

  it('is a form that posts the choice when JavaScript is off', async () => {
    const html = await serverRender(
      'CookieBanner',
      { serviceName: 'Anytown', formAction: '/cookies/choice', csrfToken: 'token-1' },
      { element: false },
    );
    const form = parseHtml(html).querySelector('form')!;
    expect(form.getAttribute('method')).to.equal('post');
    expect(form.getAttribute('action')).to.equal('/cookies/choice');
    const accept = form.querySelector<HTMLButtonElement>('button[value="accept"]')!;
    expect(accept.type).to.equal('submit');
    expect(accept.name).to.equal('cookies');
    const data = new FormData(form, accept);
    expect(Object.fromEntries(data)).to.deep.equal({ _csrf: 'token-1', cookies: 'accept' });
    const confirmation = parseHtml(await serverRender('CookieBanner', { serviceName: 'Anytown', choice: 'reject' }, { element: false }));
    const hide = confirmation.querySelector<HTMLButtonElement>('button[value="hide"]')!;
    expect(hide.type).to.equal('submit');
    expect(Object.fromEntries(new FormData(confirmation.querySelector('form')!, hide))).to.deep.equal({ cookies: 'hide' });
  });

  it('refuses javascript: URLs for the cookies page and the form', async () => {
    const element = await cookieBanner.render({
      serviceName: 'Anytown',
      cookiesPageUrl: 'javascript:alert(1)',
      formAction: 'javascript:alert(2)',
    });
    expect(element.querySelector('.govuk-cookie-banner__message a')?.getAttribute('href')).to.equal('#');
    expect(element.querySelector('form')?.getAttribute('action')).to.equal('#');
  });

  it('adopts server markup (also bare markup) and then handles the choice', async () => {
    const options = { serviceName: 'Anytown', formAction: '/choice', csrfToken: 't', fieldName: 'consent' };
    const { element, serverMarkup } = await adoptServerHtml<CivicCookieBanner>(await serverRender('CookieBanner', options));
    expect(element.querySelectorAll('.govuk-cookie-banner')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
    button(element, 'accept').click();
    await element.updateComplete;
    expect(element.choice).to.equal('accept');

    const bare = document.createElement('civic-cookie-banner');
    bare.append(
      document.adoptNode(parseHtml(await serverRender('CookieBanner', { ...options, choice: 'accept' }, { lang: 'cy', element: false }))),
    );
    const parent = container('cy');
    parent.append(bare);
    await bare.updateComplete;
    expect(bare.serviceName).to.equal('Anytown');
    expect(bare.choice).to.equal('accept');
    expect(bare.fieldName).to.equal('consent');
    expect(bare.formAction).to.equal('/choice');
    // Adopting a confirmation the server rendered after a post does not steal focus.
    expect(document.activeElement).not.to.equal(bare.message);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await cookieBanner.render({ serviceName: 'Anytown' });
    expect(button(element, 'accept').textContent).to.equal('Accept analytics cookies');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(button(element, 'accept').textContent).to.equal('Derbyn cwcis dadansoddi');
    expect(element.querySelector('.govuk-cookie-banner')?.getAttribute('aria-label')).to.equal('Cwcis ar wefan Anytown');
    element.messages = { accept: 'Derbyn pob cwci' };
    await element.updateComplete;
    expect(button(element, 'accept').textContent).to.equal('Derbyn pob cwci');
  });
});
