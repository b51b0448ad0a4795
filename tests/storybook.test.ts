// Builds the static Storybook, then opens every story in Chromium: the element must render, axe must
// find nothing, and no request may leave this machine (the build must work offline).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeRunOptions } from './support/axe-rules.js';
import { launchChromium, serveFolder, type StaticServer } from './support/chromium.js';

const root = join(import.meta.dirname, '..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

async function openStory(id: string, locale = 'en') {
  const page = await browser.newPage();
  const offMachine: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:')
      offMachine.push(request.url());
  });
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`);
  await page.waitForSelector('#storybook-root [class^="govuk-"]', { timeout: 15_000 });
  return { page, offMachine };
}

/** Problems with one story: axe violations and requests that left the machine. */
async function checkStory(id: string): Promise<string[]> {
  const { page, offMachine } = await openStory(id);
  await page.addScriptTag({ content: axeSource });
  // The a11y addon runs its own axe on each story as it renders; ours waits for that run to finish.
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
  await page.close();
  return [
    ...result.violations.map(
      (violation) => `${id}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    ...offMachine.map((url) => `${id}: requested ${url}`),
  ];
}

describe('Storybook (static build)', () => {
  it('has a story for every example, in every component', () => {
    const titles = new Set(stories.map((story) => story.title));
    expect([...titles].sort()).toEqual([
      'Actions/Button',
      'Content/Accordion',
      'Content/Details',
      'Content/Inset text',
      'Content/Panel',
      'Content/Summary list',
      'Content/Table',
      'Content/Tabs',
      'Content/Tag',
      'Content/Task list',
      'Content/Warning text',
      'Feedback/Error summary',
      'Feedback/Notification banner',
      'Feedback/Phase banner',
      'Form controls/Character count',
      'Form controls/Checkboxes',
      'Form controls/Date input',
      'Form controls/Fieldset',
      'Form controls/Radios',
      'Form controls/Select',
      'Form controls/Text input',
      'Form controls/Textarea',
      'Navigation/Back link',
      'Navigation/Breadcrumbs',
      'Navigation/Pagination',
      'Navigation/Skip link',
      'Notifications/Email preview',
      'Notifications/SMS preview',
      'Page furniture/Cookie banner',
      'Page furniture/Exit this page',
      'Page furniture/Footer',
      'Page furniture/Header',
      'Page furniture/Service navigation',
      'Registration/Journey',
      'Workflow/Workflow diagram',
    ]);
    expect(stories.length).toBeGreaterThanOrEqual(154);
  });

  it('renders every story with no axe violations and no request off this machine', async () => {
    const failures: string[] = [];
    const queue = [...stories];
    // A few pages at once: each waits mostly on Storybook's own start-up and the a11y addon's run.
    const worker = async () => {
      for (let story = queue.shift(); story; story = queue.shift()) failures.push(...(await checkStory(story.id)));
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 300_000);

  it('switches the components to Welsh from the toolbar’s locale', async () => {
    const { page } = await openStory('form-controls-text-input--with-error-message', 'cy');
    expect(await page.locator('.govuk-error-message .govuk-visually-hidden').textContent()).toBe('Gwall:');
    expect(await page.locator('#storybook-root [lang]').first().getAttribute('lang')).toBe('cy');
    await page.close();
  }, 30_000);
});
