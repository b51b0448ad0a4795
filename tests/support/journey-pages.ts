// What the end-to-end tests ask of a page in Chromium: axe (even with JavaScript off), waiting for a heading and
// where the back link is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { axeRunOptions } from './axe-rules.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on what the person sees now. A page with JavaScript off cannot run axe itself, so its
 * DOM is copied into a JavaScript-enabled page on the same origin (with the journey script blocked).
 */
export async function axeViolations(browser: Browser, origin: string, page: Page): Promise<string[]> {
  const checker = await browser.newPage();
  try {
    await checker.route('**/assets/journey.js', (route) => route.abort());
    await checker.goto(`${origin}/assets/blank.html`);
    await checker.setContent(await page.content(), { waitUntil: 'load' });
    return await runAxe(checker);
  } finally {
    await checker.close();
  }
}

/** Runs axe in a page that may run scripts; its violations, one line each: rule and where. */
export async function runAxe(checker: Page): Promise<string[]> {
  await checker.addScriptTag({ content: axeSource });
  const violations = (await checker.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, options)).violations;
  }, axeRunOptions())) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Waits for the page whose `h1` is this text (a page load or an in-page change); says what the page shows if it never comes. */
export async function onPage(page: Page, heading: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: heading, exact: true })
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      throw new Error(`Expected the page "${heading}"; the page says: ${await page.locator('main').innerText()}`, { cause: error });
    });
}

/**
 * Where the page's back link is: GOV.UK puts it before `<main>`, outside it, so "Skip to main content" skips it.
 * `'none'` on a page without one; more than one back link, or one in or after `<main>`, says so.
 */
export async function backLinkPlacement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('.govuk-back-link')];
    const main = document.querySelector('main');
    const [link] = links;
    if (!link || !main) return link ? 'no main' : 'none';
    if (links.length > 1) return `${links.length} back links`;
    if (main.contains(link)) return 'inside main';
    return link.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before main' : 'after main';
  });
}
