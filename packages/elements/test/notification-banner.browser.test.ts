import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { notificationBannerAttributes, type CivicNotificationBanner } from '../src/index.js';
import { notificationBannerExamples } from '../examples/notification-banner.examples.js';
import { cleanup, container, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const notificationBanner = componentFromAttributes('civic-notification-banner', notificationBannerAttributes);

const titles = { en: { region: 'Important', alert: 'Success' }, cy: { region: 'Pwysig', alert: 'Llwyddiant' } } as const;

describe('<civic-notification-banner>', () => {
  afterEach(cleanup);

  runExampleSuite(notificationBanner, notificationBannerExamples, {
    accessibility: {
      title: 'is a region (or an alert when success) named by its title',
      async check({ element, example, lang, tree }) {
        const role = example.options.type === 'success' ? 'alert' : 'region';
        expect(await tree('.govuk-notification-banner')).to.include({ role: role, name: example.options.titleText ?? titles[lang][role] });
        const title = await tree('.govuk-notification-banner__title');
        expect(title.role).to.equal('heading');
        expect(element.querySelector('.govuk-notification-banner__title')?.tagName).to.equal(`H${example.options.titleHeadingLevel ?? 2}`);
        expect(element.querySelector('.govuk-notification-banner__heading')?.textContent).to.equal(example.options.text);
      },
    },
    parity: {
      server: 'NotificationBanner',
      client(element) {
        // The success banner's temporary tabindex is focus state, not markup.
        const copy = element.cloneNode(true) as Element;
        copy.querySelector('.govuk-notification-banner')?.removeAttribute('tabindex');
        return renderedMarkup(copy);
      },
    },
  });

  it('moves focus to a success banner when it renders, and drops its tabindex once focus leaves', async () => {
    const parent = container();
    const element = await notificationBanner.render({ type: 'success', text: 'Payment received' }, parent);
    const banner = element.banner!;
    expect(document.activeElement).to.equal(banner);
    expect(banner.getAttribute('tabindex')).to.equal('-1');
    const next = document.createElement('button');
    next.textContent = 'Next';
    parent.append(next);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(next);
    expect(banner.hasAttribute('tabindex')).to.equal(false);
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement).not.to.equal(banner);
  });

  it('leaves focus alone for a default banner and when auto focus is disabled', async () => {
    const before = document.activeElement;
    const important = await notificationBanner.render({ text: 'Read this' });
    expect(document.activeElement).to.equal(before);
    expect(important.banner!.hasAttribute('tabindex')).to.equal(false);
    const success = await notificationBanner.render({ type: 'success', text: 'Saved', disableAutoFocus: true, titleId: 'saved-title' });
    expect(document.activeElement).to.equal(before);
    expect(success.banner!.getAttribute('data-disable-auto-focus')).to.equal('true');
  });

  it('focuses a banner given role="alert" explicitly, as govuk-frontend does', async () => {
    const element = await notificationBanner.render({ text: 'Your session will end soon', role: 'alert' });
    expect(document.activeElement).to.equal(element.banner);
    expect(element.banner!.getAttribute('role')).to.equal('alert');
  });

  it('adopts server-rendered markup and then takes focus', async () => {
    const options = { type: 'success' as const, text: 'Your form has been sent' };
    const { element, serverMarkup } = await adoptServerHtml<CivicNotificationBanner>(await serverRender('NotificationBanner', options));
    expect(element.querySelectorAll('.govuk-notification-banner')).to.have.length(1);
    expect(document.activeElement).to.equal(element.banner);
    element.banner!.removeAttribute('tabindex');
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('speaks Welsh when the page language changes, and lets one instance change its wording', async () => {
    const element = await notificationBanner.render({ text: 'Read this' });
    const title = (): string | null | undefined => element.querySelector('.govuk-notification-banner__title')?.textContent;
    expect(title()).to.equal('Important');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(title()).to.equal('Pwysig');
    element.messages = { titleImportant: 'Gwybodaeth bwysig' };
    await element.updateComplete;
    expect(title()).to.equal('Gwybodaeth bwysig');
  });
});
