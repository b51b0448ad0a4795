// The built elements must work under a strict Content Security Policy: no inline script or style,
// no eval, and Trusted Types required for every DOM sink. A council's page can then keep its CSP strict.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as serverRender from '@civicbricks/elements/server';
import type { RenderContext } from '@civicbricks/elements/server';
import { components } from '../packages/elements/examples/components.js';
import { casesComponents } from '../packages/cases-elements/examples/components.js';
import * as casesServerRender from '../packages/cases-elements/src/server/index.js';
import { launchChromium, serveFolder, type StaticServer } from './support/chromium.js';
import { strictPolicy } from './support/csp.js';
import { councilStylesheetPath } from '../scripts/lib/govuk-css.mjs';

const root = join(import.meta.dirname, '..');

/** Every example of every component, server-rendered in its element, as one page: each is then upgraded under the policy. */
async function allExamplesPage(): Promise<string> {
  const sections: string[] = [];
  const every = [
    ...components.map(({ name, render, examples }) => ({ name, examples, render: serverRender[render] })),
    ...casesComponents.map(({ name, render, examples }) => ({ name, examples, render: casesServerRender[render] })),
  ];
  for (const { name, render, examples } of every) {
    const renderComponent = render as (options: unknown, context: RenderContext) => string;
    for (const example of examples)
      sections.push(
        `<div lang="${example.lang ?? 'en'}" data-example="${name}: ${example.name}">${renderComponent(example.options, { lang: example.lang ?? 'en' })}</div>`,
      );
  }
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Every example</title><link rel="stylesheet" href="/govuk-frontend.css"><script type="module" src="/elements.js"></script></head>
  <body class="govuk-template__body"><main class="govuk-main-wrapper" id="main">${sections.join('\n')}</main></body>
</html>`;
}

let folder = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'civic-csp-'));
  // Bundled from source as a council's bundler would, in production mode.
  await build({
    stdin: {
      contents: `import '@civicbricks/elements/define';\nimport './packages/cases-elements/src/define.ts';`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    outfile: join(folder, 'elements.js'),
    conditions: ['source', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  // The stylesheet a council links: govuk-frontend's, built with the council font stack (no GDS Transport).
  copyFileSync(councilStylesheetPath(), join(folder, 'govuk-frontend.css'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>CSP check</title><link rel="stylesheet" href="/govuk-frontend.css"><script type="module" src="/elements.js"></script></head>
  <body class="govuk-template__body">
    <main class="govuk-main-wrapper" id="main">
      <civic-error-summary errors='[{"text":"Enter your full name","href":"#full-name"}]'></civic-error-summary>
      <form method="post" action="/submit">
        <civic-text-input name="fullName" input-id="full-name" label="Full name" error-message="Enter your full name"></civic-text-input>
        <civic-button>Continue</civic-button>
        <civic-button href="/start" start>Start now</civic-button>
      </form>
    </main>
  </body>
</html>`,
  );
  writeFileSync(join(folder, 'all-examples.html'), await allExamplesPage());
  server = await serveFolder(folder, { headers: { 'content-security-policy': strictPolicy } });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('elements under a strict Content Security Policy', () => {
  it('server-render every example with none of Lit’s markers left in the HTML', async () => {
    const html = await allExamplesPage();
    expect(html).not.toMatch(/<\?|lit-part|lit-node/);
  });

  it('render and behave with no policy violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico on its own; nothing else may fail to load.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('civic-text-input input#full-name');
    await page.waitForSelector('civic-error-summary .govuk-error-summary__list a');
    expect((await page.locator('civic-button button').textContent())?.trim()).toBe('Continue');
    await page.click('civic-error-summary a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('full-name');
    violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // GDS Transport is for GOV.UK only: the page asks for no font at all, so nothing 404s.
    expect(requested.filter((path) => /\/fonts\/|\.woff2?$/.test(path))).toEqual([]);
    expect(requested).toContain('/govuk-frontend.css');
    await page.close();
  }, 30_000);

  it('upgrade every example of every component with no policy violation', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (/\/fonts\/|\.woff2?$/.test(new URL(request.url()).pathname)) fonts.push(request.url());
    });
    page.on('console', (message) => {
      // The examples' sample artwork (a made-up council's logo) is not served here.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${server.url}/all-examples.html`);
    const upgraded = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('[data-example] > *')].filter((element) => element.localName.startsWith('civic-'));
      await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
      await Promise.all(elements.map((element) => (element as unknown as { updateComplete: Promise<boolean> }).updateComplete));
      return {
        total: elements.length,
        // MOJ Frontend's components (the cases elements' badge, navigation, timeline) carry only moj- classes.
        rendered: elements.filter((element) =>
          element.querySelector('[class^="govuk-"], [class*=" govuk-"], [class^="moj-"], [class*=" moj-"]'),
        ).length,
      };
    });
    expect(upgraded.total).toBeGreaterThan(100);
    // An `html` option, sanitised again in the browser (DOMParser under Trusted Types) when the element upgrades.
    expect(await page.evaluate(() => document.querySelector('civic-text-input #councilTaxReference-hint strong')?.textContent)).toBe(
      'bill',
    );
    expect(await page.evaluate(() => document.querySelector('civic-text-input #councilTaxReference')?.getAttribute('data-analytics'))).toBe(
      'council-tax-reference',
    );
    expect(upgraded.rendered).toBe(upgraded.total);
    expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual([]);
    expect(errors).toEqual([]);
    expect(fonts).toEqual([]);
    await page.close();
  }, 60_000);
});
