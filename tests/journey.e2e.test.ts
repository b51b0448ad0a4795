// The warm-space registration completed in real Chromium twice, once with JavaScript off (every page a
// server-rendered form) and once with it on (<civic-journey> runs the pages in the browser and posts
// the finished answers): both must store the same record. axe checks every page and every error state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { SUBMISSIONS } from '@civicbricks/registration/store';
import { launchChromium } from './support/chromium.js';
import { startJourneyServer, type JourneyServer } from './support/journey-server.js';
import { axeViolations, backLinkPlacement, onPage } from './support/journey-pages.js';

const warmSpace = JSON.parse(
  readFileSync(join(import.meta.dirname, '../packages/registration/examples/warm-space-library.json'), 'utf8'),
) as unknown;

let browser: Browser;
let server: JourneyServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startJourneyServer(warmSpace)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  expect(await axeViolations(browser, server.url, page), label).toEqual([]);
}

async function submitPage(page: Page, button = 'Continue'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
}

async function expectErrorState(page: Page, label: string, messages: readonly string[]): Promise<void> {
  await page
    .locator('.govuk-error-summary')
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      throw new Error(`${label}: no error summary; the page says: ${await page.locator('main').innerText()}`, { cause: error });
    });
  expect(await page.title(), label).toMatch(/^Error: /);
  const summaryLinks = await page.locator('.govuk-error-summary__list a').allTextContents();
  expect(
    summaryLinks.map((text) => text.trim()),
    label,
  ).toEqual(messages);
  await expectNoAxeViolations(page, `${label} (errors)`);
}

/** Completes the warm-space journey the same way whatever runs the pages; checks axe on every page and error state. */
async function completeWarmSpace(page: Page, mode: string): Promise<string> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico on its own; the journey does not serve one.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      consoleErrors.push(`${message.text()} ${message.location().url}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  await page.goto(`${server.url}/journey/`);
  await onPage(page, 'How old are you?');
  expect(await backLinkPlacement(page), `${mode}: age`).toBe('none');
  await expectNoAxeViolations(page, `${mode}: age`);
  await submitPage(page);
  await expectErrorState(page, `${mode}: age`, ['Select one option']);
  await page.getByLabel('16 to 64').check();
  await submitPage(page);

  await onPage(page, 'What is your name?');
  // Before <main>, so "Skip to main content" skips it, whichever runs the pages.
  expect(await backLinkPlacement(page), `${mode}: name`).toBe('before main');
  await expectNoAxeViolations(page, `${mode}: name`);
  await page.getByLabel('What is your name?').fill('  Sam   Jones ');
  await submitPage(page);

  await onPage(page, 'Can we contact you if the warm space has to close?');
  if (mode === 'JavaScript on') {
    // A page changed without a load moves focus to its heading, so a screen reader reads the new question.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Can we contact you if the warm space has to close?',
    );
    expect(await page.title()).toBe('Can we contact you if the warm space has to close? – Register for a warm space at the library');
    // The browser's back button goes to the previous page, with its answer.
    await page.goBack();
    await onPage(page, 'What is your name?');
    expect(await page.getByLabel('What is your name?').inputValue()).toBe('Sam Jones');
    await page.goForward();
    await onPage(page, 'Can we contact you if the warm space has to close?');
    // The back link before <main> moves within the journey too, without a load, and focuses the new heading.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await onPage(page, 'What is your name?');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('What is your name?');
    expect(await backLinkPlacement(page)).toBe('before main');
    await submitPage(page);
    await onPage(page, 'Can we contact you if the warm space has to close?');
  }
  await expectNoAxeViolations(page, `${mode}: contact-ok`);
  await page.getByLabel('Yes').check();
  await submitPage(page);

  await onPage(page, 'How can we contact you?');
  await page.getByLabel('UK telephone number').fill('07700 900 98');
  await page.getByLabel('Email address (optional)').fill('sam@example.org');
  await submitPage(page);
  await expectErrorState(page, `${mode}: contact`, ['Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192']);
  // What was typed stays.
  expect(await page.getByLabel('Email address (optional)').inputValue()).toBe('sam@example.org');
  await page.getByLabel('UK telephone number').fill('07700 900 982');
  await submitPage(page);

  await onPage(page, 'Which days are you likely to come?');
  await expectNoAxeViolations(page, `${mode}: days`);
  await page.getByLabel('Monday').check();
  await page.getByLabel('I’m not sure yet').check();
  if (mode === 'JavaScript on') {
    // The element clears the other answers when the "none" answer is ticked, as GOV.UK's script does.
    expect(await page.getByLabel('Monday').isChecked()).toBe(false);
  } else {
    await submitPage(page);
    await expectErrorState(page, `${mode}: days`, ['Select one or more options, or select ‘I’m not sure yet’']);
  }
  await page.getByLabel('I’m not sure yet').uncheck();
  await page.getByLabel('Monday').check();
  await page.getByLabel('Wednesday').check();
  await submitPage(page);

  await onPage(page, 'Who will come with you?');
  await expectNoAxeViolations(page, `${mode}: with-you`);
  const first = page.getByRole('group', { name: 'Answer 1' });
  await first.getByLabel('First name').fill('Alex');
  await first.getByLabel('Yes').check();
  await submitPage(page, 'Add another');
  const second = page.getByRole('group', { name: 'Answer 2' });
  await second.getByLabel('First name').waitFor();
  if (mode === 'JavaScript on') {
    // The person carries on in the new item.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('withYou[1].firstName');
  }
  expect(await first.getByLabel('First name').inputValue()).toBe('Alex');
  await second.getByLabel('First name').fill('Robin');
  await submitPage(page);
  await expectErrorState(page, `${mode}: with-you`, ['Select yes or no']);
  await page.getByRole('group', { name: 'Answer 2' }).getByLabel('No').check();
  // Enter in a field continues (the hidden first "Continue"), never "Remove".
  await page.getByRole('group', { name: 'Answer 2' }).getByLabel('First name').press('Enter');

  await onPage(page, 'Do you need any of these to use the space?');
  await page.getByLabel('A quiet area').check();
  await submitPage(page);

  await onPage(page, 'Check your answers');
  expect(await backLinkPlacement(page), `${mode}: check`).toBe('before main');
  await expectNoAxeViolations(page, `${mode}: check`);
  const rows = await page
    .locator('.govuk-summary-list__row')
    .evaluateAll((elements) =>
      elements.map((row) => [row.querySelector('dt')?.textContent?.trim(), row.querySelector('dd')?.textContent?.trim()]),
    );
  expect(rows).toEqual([
    ['How old are you?', '16 to 64'],
    ['What is your name?', 'Sam Jones'],
    ['Can we contact you if the warm space has to close?', 'Yes'],
    ['UK telephone number', '07700900982'],
    ['Email address (optional)', 'sam@example.org'],
    ['Which days are you likely to come?', 'Monday, Wednesday'],
    ['Who will come with you?', '2 answers'],
    ['Do you need any of these to use the space?', 'A quiet area'],
  ]);

  // A change link goes to the page and comes back to check your answers.
  await page.getByRole('link', { name: 'Change what is your name?' }).click();
  await onPage(page, 'What is your name?');
  expect(await page.getByLabel('What is your name?').inputValue()).toBe('Sam Jones');
  await page.getByLabel('What is your name?').fill('Sam Jones-Ali');
  await submitPage(page);
  await onPage(page, 'Check your answers');

  await submitPage(page, 'Accept and send');
  await onPage(page, 'You are registered for the warm space');
  expect(await backLinkPlacement(page), `${mode}: confirmation`).toBe('none');
  await expectNoAxeViolations(page, `${mode}: confirmation`);
  const panel = (await page.locator('.govuk-panel__body').textContent())?.trim() ?? '';
  const reference = /^Your reference number: (\S+)$/.exec(panel)?.[1];
  expect(reference, panel).toBeTruthy();
  expect(consoleErrors).toEqual([]);
  return reference as string;
}

async function storedRecord(reference: string): Promise<Record<string, unknown>> {
  const { items } = await server.store.collection(SUBMISSIONS, z.record(z.string(), z.unknown())).list({ where: { reference } });
  expect(items).toHaveLength(1);
  return (items[0] as { data: Record<string, unknown> }).data;
}

describe('a journey in Chromium', () => {
  let contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  it('stores the same record with JavaScript off and on', { timeout: 180_000 }, async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const on = await browser.newContext();
    contexts.push(off, on);
    const offReference = await completeWarmSpace(await off.newPage(), 'JavaScript off');
    const onPage_ = await on.newPage();
    let jsRan = false;
    onPage_.on('request', (request) => {
      if (request.url().endsWith('/journey/submit')) jsRan = true;
    });
    const onReference = await completeWarmSpace(onPage_, 'JavaScript on');
    // With JavaScript on the answers were sent by <civic-journey>, not by posting the forms.
    expect(jsRan).toBe(true);
    expect(onReference).not.toBe(offReference);
    const offRecord = await storedRecord(offReference);
    const onRecord = await storedRecord(onReference);
    expect(onRecord.answers).toEqual(offRecord.answers);
    expect(offRecord.answers).toEqual({
      ageGroup: '16to64',
      name: 'Sam Jones-Ali',
      contactOk: true,
      phone: '+447700900982',
      email: 'sam@example.org',
      days: ['mon', 'wed'],
      withYou: [
        { firstName: 'Alex', isChild: true },
        { firstName: 'Robin', isChild: false },
      ],
      access: ['quietArea'],
    });
    expect(onRecord.journeyVersion).toBe(offRecord.journeyVersion);
  });

  it('shows the exit page, the saved page and a refused link page with no axe violations', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/journey/age`);
    await page.getByLabel('Under 16').check();
    await submitPage(page);
    await onPage(page, 'Ask an adult to register with you');
    expect(await backLinkPlacement(page), 'exit page').toBe('before main');
    await expectNoAxeViolations(page, 'exit page');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByLabel('65 or over').check();
    await submitPage(page);
    await onPage(page, 'What is your name?');
    const savedBefore = server.resumeLinks.length;
    await submitPage(page, 'Save and come back later');
    await onPage(page, 'Your answers have been saved');
    await expectNoAxeViolations(page, 'saved page');
    const link = (await page.locator('main a').last().getAttribute('href')) ?? '';
    // Post/Redirect/Get: the saved page has an address of its own, so a reload fetches it again and saves nothing.
    expect(new URL(page.url()).pathname).toBe('/journey/save');
    await page.reload();
    await onPage(page, 'Your answers have been saved');
    expect(await page.locator('main a').last().getAttribute('href')).toBe(link);
    expect(server.resumeLinks).toHaveLength(savedBefore + 1);
    await page.goto(link.replace(/.$/, link.endsWith('A') ? 'B' : 'A'));
    await onPage(page, 'This link cannot be used');
    await expectNoAxeViolations(page, 'refused link page');
  });
});
