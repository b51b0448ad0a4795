// The case list with JavaScript off, in Chromium: the server's page alone must sort, filter, remove filters and
// turn pages, because a caseworker's browser may block scripts and the work queue must still work.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder, type StaticServer } from '../../../tests/support/chromium.js';
import { renderCaseList } from '../src/server/index.js';
import { caseListExamples } from '../examples/case-list.examples.js';

let folder = '';
let server: StaticServer;
let browser: Browser;
let page: Page;

const filters = 'q=Bloggs&status=assessment&status=decision&team=north';

/** Where the page went, as path and query. */
const at = (): string => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'civic-case-list-'));
  // Every address under /queues/team serves the same filtered page, as a service would serve the queue.
  mkdirSync(join(folder, 'queues', 'team'), { recursive: true });
  writeFileSync(
    join(folder, 'queues', 'team', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team cases</title></head><body><main>${renderCaseList(caseListExamples[1]!.options)}</main></body></html>`,
  );
  server = await serveFolder(folder);
  browser = await launchChromium();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function open(): Promise<void> {
  await page.goto(`${server.url}/queues/team?${filters}&sort=reference&order=descending&page=3`);
}

describe('the case list with JavaScript off', () => {
  it('sorts by a column from its header link, back on page 1 with the filters kept', async () => {
    await open();
    await Promise.all([page.waitForURL(/sort=name/), page.click('thead th:nth-child(2) a')]);
    expect(at()).toBe(`/queues/team?${filters}&sort=name&order=ascending`);
  }, 30_000);

  it('applies the filter form as a GET, keeping the sort and starting again at page 1', async () => {
    await open();
    await page.fill('input[name="q"]', 'Khan');
    await page.uncheck('input[name="status"][value="decision"]');
    await Promise.all([page.waitForURL(/q=Khan/), page.click('.moj-filter__options button')]);
    expect(at()).toBe('/queues/team?q=Khan&status=assessment&team=north&sort=reference&order=descending');
  }, 30_000);

  it('removes one selected filter from its link, and turns pages from the pagination', async () => {
    await open();
    await Promise.all([page.waitForURL((url) => !url.search.includes('team=north')), page.click('.moj-filter__tag >> text=North patch')]);
    expect(at()).toBe('/queues/team?q=Bloggs&status=assessment&status=decision&sort=reference&order=descending');
    await open();
    await Promise.all([page.waitForURL(/page=4/), page.click('.govuk-pagination__next a')]);
    expect(at()).toBe(`/queues/team?${filters}&sort=reference&order=descending&page=4`);
  }, 30_000);
});
