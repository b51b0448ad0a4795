// Builds the static Storybook, then renders every story in Chromium: the story must render its element
// with no error, and no request may leave this machine (the build must work offline).
//
// Axe runs once per example, in each element package's browser tests, which render the same examples.
// Storybook's own a11y addon run is switched off here so the stories switch quickly in one page;
// `npm run check:storybook` (STORYBOOK_AXE=1) also runs axe over every story, a few minutes on two cores.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { components } from '../packages/elements/examples/components.js';
import { casesComponents } from '../packages/cases-elements/examples/components.js';
import { axeRunOptions } from './support/axe-rules.js';
import { launchChromium, serveFolder, type StaticServer } from './support/chromium.js';

const root = join(import.meta.dirname, '..');
const withAxe = process.env['STORYBOOK_AXE'] === '1';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// MOJ Frontend's components (the cases elements' badge, navigation, timeline) carry only moj- classes.
const rendered = '#storybook-root [class^="govuk-"], #storybook-root [class^="moj-"]';

let outputDir = '';
let server: StaticServer;
let browser: Browser;
let stories: { id: string; title: string; name: string }[] = [];

beforeAll(async () => {
  outputDir = mkdtempSync(join(tmpdir(), 'civic-storybook-'));
  execFileSync(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', outputDir], {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    stdio: 'pipe',
  });
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; title: string; name: string; type: string }>;
  };
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  server = await serveFolder(outputDir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Opens a story's own page (the iframe Storybook's manager shows), recording requests that leave the machine
 * and any font request (the council stylesheet asks for none: GDS Transport is for GOV.UK only).
 */
async function openStory(id: string, { locale = 'en', addonAxe = true } = {}) {
  const page = await browser.newPage();
  const offMachine: string[] = [];
  const fonts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'font' || /\/fonts\/|\.woff2?$/.test(url.pathname)) fonts.push(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:')
      offMachine.push(request.url());
  });
  const globals = [`locale:${locale}`, ...(addonAxe ? [] : ['a11y.manual:!true'])].join(';');
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
  await page.waitForSelector(rendered, { timeout: 15_000 });
  return { page, offMachine, fonts };
}

/** Waits until the current story has finished every phase; Storybook reloads the page if a story is left mid-render. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { isPending(): boolean } } }).__STORYBOOK_PREVIEW__;
      return preview?.currentRender !== undefined && !preview.currentRender.isPending();
    },
    undefined,
    { timeout: 20_000 },
  );
}

/**
 * Shows one story in an open Storybook page through the preview's own channel, as the manager does,
 * and says how it ended: `storyFinished` once it rendered, an error event if it failed.
 */
async function showStory(page: Page, id: string): Promise<{ outcome: string; detail: string; rendered: boolean }> {
  await settled(page);
  return page.evaluate(
    async ({ storyId, selector }) => {
      interface Channel {
        on(event: string, listener: (payload: unknown) => void): void;
        off(event: string, listener: (payload: unknown) => void): void;
        emit(event: string, payload: unknown): void;
      }
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
      const outcome = await new Promise<{ outcome: string; detail: string }>((resolve) => {
        const listeners: [string, (payload: unknown) => void][] = [];
        const finish = (name: string) => (payload: unknown) => {
          for (const [event, listener] of listeners) channel.off(event, listener);
          clearTimeout(timer);
          const detail = payload as { message?: string; title?: string; description?: string } | undefined;
          resolve({ outcome: name, detail: String(detail?.message ?? detail?.title ?? detail?.description ?? '') });
        };
        for (const event of ['storyFinished', 'storyUnchanged', 'storyErrored', 'storyThrewException', 'storyMissing'])
          listeners.push([event, finish(event)]);
        for (const [event, listener] of listeners) channel.on(event, listener);
        const timer = setTimeout(finish('no answer within 15 s'), 15_000);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      });
      return { ...outcome, rendered: document.querySelector(selector) !== null };
    },
    { storyId: id, selector: rendered },
  );
}

/** Axe violations in the story on show, after the a11y addon's own run (it refuses a second run at once). */
async function axeViolations(page: Page, id: string): Promise<string[]> {
  const result = (await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<unknown> } }).axe;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await axe.run(document.querySelector('#storybook-root') as Element, options);
      } catch (error) {
        if (attempt > 100 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, axeRunOptions())) as AxeResult;
  return result.violations.map(
    (violation) => `${id}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('Storybook (static build)', () => {
  it('has a story for every example, in every component', () => {
    const titles = new Set(stories.map((story) => story.title));
    // Each element component's title comes from its descriptor; the other packages' previews are listed here.
    const otherPackages = [
      'Notifications/Email preview',
      'Notifications/SMS preview',
      'Payments/Payment confirmation',
      'Payments/Payment failed',
      'Payments/Payment summary',
      'Payments/Refund panel',
      'Registration/Journey',
      'Workflow/Workflow diagram',
    ];
    const described = [...components, ...casesComponents].map((component) => component.story);
    expect([...titles].sort()).toEqual([...described, ...otherPackages].sort());
    expect(stories.length).toBeGreaterThanOrEqual(154);
  });

  it(`renders every story${withAxe ? ' with no axe violations' : ''} and makes no request off this machine, nor for a font`, async () => {
    const [first, ...rest] = stories;
    if (!first) throw new Error('The Storybook build has no stories');
    const failures: string[] = [];
    const { page, offMachine, fonts } = await openStory(first.id, { addonAxe: withAxe });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (withAxe) await page.addScriptTag({ content: axeSource });
    for (const story of [first, ...rest]) {
      const shown = await showStory(page, story.id);
      const ok = story === first ? shown.outcome === 'storyUnchanged' : shown.outcome === 'storyFinished';
      if (!ok || !shown.rendered) failures.push(`${story.id}: ${shown.outcome} ${shown.detail} (element rendered: ${shown.rendered})`);
      failures.push(...pageErrors.splice(0).map((message) => `${story.id}: page error ${message}`));
      if (withAxe) {
        await settled(page);
        failures.push(...(await axeViolations(page, story.id)));
      }
    }
    await page.close();
    expect(failures).toEqual([]);
    expect(offMachine).toEqual([]);
    expect(fonts).toEqual([]);
  }, 240_000);

  it('switches the components to Welsh from the toolbar’s locale', async () => {
    const { page } = await openStory('form-controls-text-input--with-error-message', { locale: 'cy', addonAxe: false });
    expect(await page.locator('.govuk-error-message .govuk-visually-hidden').textContent()).toBe('Gwall:');
    expect(await page.locator('#storybook-root [lang]').first().getAttribute('lang')).toBe('cy');
    await page.close();
  }, 30_000);
});
