import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { headerAttributes, type HeaderOptions } from '../src/index.js';
import { headerExamples } from '../examples/header.examples.js';
import { cleanup, container, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const header = componentFromAttributes('civic-header', headerAttributes);

/** The homepage link's accessible name: the logo's alt text and the organisation's name, or "GOV.UK". */
function expectedHomepageName(options: HeaderOptions): string {
  if (options.govukBranding) return 'GOV.UK';
  return [options.logoUrl ? options.logoAlt : undefined, options.organisationName].filter(Boolean).join(' ');
}

describe('<civic-header>', () => {
  afterEach(cleanup);

  runExampleSuite(header, headerExamples, {
    accessibility: {
      title: 'links home under the organisation’s name (or GOV.UK), and names the service',
      async check({ element, example, tree }) {
        expect(await tree('.civic-header a')).to.include({ role: 'link', name: expectedHomepageName(example.options) });
        expect(element.homepageLink?.getAttribute('href')).to.equal(
          example.options.homepageUrl ?? (example.options.govukBranding ? 'https://www.gov.uk/' : '/'),
        );
        const service = element.querySelector('.civic-header__service-name');
        expect(service?.textContent?.trim()).to.equal(example.options.serviceName);
        if (example.options.serviceUrl) {
          expect(await tree('.civic-header__service-link')).to.include({ role: 'link', name: example.options.serviceName });
          expect(service?.getAttribute('href')).to.equal(example.options.serviceUrl);
        }
      },
    },
    parity: { server: 'Header' },
  });

  it('shows no crown and no GOV.UK unless govuk-branding is set', async () => {
    const council = await header.render({ organisationName: 'Anytown Council' });
    expect(council.querySelector('svg, .govuk-header, .govuk-header__logotype')).to.equal(null);
    expect(council.textContent).not.to.contain('GOV.UK');
    expect(council.querySelector('.govuk-generic-header')).not.to.equal(null);
    const govuk = await header.render({ govukBranding: true });
    expect(govuk.querySelector('.govuk-header svg.govuk-header__logotype')?.getAttribute('aria-label')).to.equal('GOV.UK');
    expect(govuk.querySelector('.govuk-generic-header')).to.equal(null);
  });

  it('puts no inline style anywhere, so a strict style-src policy allows it', async () => {
    for (const example of headerExamples) {
      const element = await header.render(example.options);
      expect(element.querySelectorAll('[style]')).to.have.length(0);
      expect(await serverRender('Header', example.options)).not.to.match(/\sstyle=/);
    }
  });

  it('takes its brand colour from --civic-brand-colour through the theme stylesheet', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../theme/council-theme.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', reject);
    });
    document.head.append(link);
    try {
      await loaded;
      const parent = container();
      parent.classList.add('civic-theme');
      // The page's own rule, as a council's stylesheet would set it (a class, not a style attribute).
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.brand-under-test { --civic-brand-colour: rgb(0, 90, 48); --civic-brand-text-colour: rgb(255, 255, 255); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      parent.classList.add('brand-under-test');
      const element = await header.render({ organisationName: 'Anytown Council' }, parent);
      const banner = element.querySelector<HTMLElement>('.civic-header')!;
      expect(getComputedStyle(banner).backgroundColor).to.equal('rgb(0, 90, 48)');
      expect(getComputedStyle(parent).getPropertyValue('--govuk-brand-colour').trim()).to.equal('rgb(0, 90, 48)');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    } finally {
      link.remove();
    }
  });

  it('is reached with Tab: the homepage link first, then the service link', async () => {
    const element = await header.render({ organisationName: 'Anytown Council', serviceName: 'Pay council tax', serviceUrl: '/pay' });
    const before = document.createElement('button');
    before.textContent = 'Before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.homepageLink);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('.civic-header__service-link'));
  });

  it('refuses javascript: URLs for the homepage, logo and service', async () => {
    const element = await header.render({
      organisationName: 'Anytown Council',
      homepageUrl: 'javascript:alert(1)',
      logoUrl: 'javascript:alert(2)',
      logoAlt: 'Anytown',
      serviceName: 'Bins',
      serviceUrl: ' JaVaScRiPt:alert(3)',
    });
    expect(element.homepageLink?.getAttribute('href')).to.equal('#');
    expect(element.querySelector('img')?.getAttribute('src')).to.equal('#');
    expect(element.querySelector('.civic-header__service-link')?.getAttribute('href')).to.equal('#');
  });

  it('rejects a logo without alt text, and a header with nothing to show, on the server', async () => {
    let error: unknown;
    try {
      await serverRender('Header', { logoUrl: '/logo.svg' });
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('logoAlt');
    error = undefined;
    try {
      await serverRender('Header', {});
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('organisationName');
  });

  it('adopts bare server markup wrapped by hand, reading its options back from the markup', async () => {
    const bare = document.createElement('civic-header');
    bare.append(parseHtml(await serverRender('Header', { govukBranding: true, serviceName: 'Register to vote' }, { element: false })));
    container().append(bare);
    await bare.updateComplete;
    expect(bare.govukBranding).to.equal(true);
    expect(bare.serviceName).to.equal('Register to vote');
    expect(bare.querySelectorAll('.civic-header')).to.have.length(1);
  });
});
