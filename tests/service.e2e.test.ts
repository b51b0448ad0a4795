// The warm-space service (@civicbricks/service) in real Chromium, as a charity runs it: a citizen registers from
// the start page with JavaScript off and then on, a coordinator signs in, finds them in the register and sees the
// confirmation text messages in the outbox. axe checks every page on the way.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPage } from './support/journey-pages.js';
import { coordinator, startWarmSpace, withContext, type RunningService } from './support/warm-space-service.js';

let running: RunningService;
beforeAll(async () => {
  running = await startWarmSpace();
}, 120_000);
afterAll(() => running?.close());

async function continueOn(page: Page, button = 'Continue'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** From the start page to the confirmation; returns the reference shown there. */
async function registerFromStart(page: Page, mode: string, name: string): Promise<string> {
  await page.goto(`${running.origin}/`);
  await onPage(page, 'Register for a warm space at the library');
  await running.expectAccessible(page, `${mode}: start page`);
  await page.getByRole('button', { name: 'Start now' }).click();
  await onPage(page, 'How old are you?');
  await running.expectAccessible(page, `${mode}: age`);
  await page.getByLabel('16 to 64').check();
  await continueOn(page);
  await onPage(page, 'What is your name?');
  await page.getByLabel('What is your name?').fill(name);
  await continueOn(page);
  await onPage(page, 'Can we contact you if the warm space has to close?');
  await page.getByLabel('Yes').check();
  await continueOn(page);
  await onPage(page, 'How can we contact you?');
  await running.expectAccessible(page, `${mode}: contact`);
  await page.getByLabel('UK telephone number').fill('07700 900 982');
  await continueOn(page);
  await onPage(page, 'Which days are you likely to come?');
  await page.getByLabel('Tuesday').check();
  await continueOn(page);
  await onPage(page, 'Who will come with you?');
  await continueOn(page);
  await onPage(page, 'Do you need any of these to use the space?');
  await page.getByLabel('None of these').check();
  await continueOn(page);
  await onPage(page, 'Check your answers');
  await running.expectAccessible(page, `${mode}: check`);
  await continueOn(page, 'Accept and send');
  await onPage(page, 'You are registered for the warm space');
  await running.expectAccessible(page, `${mode}: confirmation`);
  const panel = (await page.locator('.govuk-panel__body').textContent())?.trim() ?? '';
  const reference = /(\S+)$/.exec(panel)?.[1];
  expect(reference, panel).toMatch(/^[A-Z0-9-]{6,}$/);
  return reference as string;
}

describe('warm-space in Chromium', () => {
  const references: string[] = [];

  it('a citizen registers with JavaScript off: every page a plain form', async () => {
    references.push(await withContext(running.browser, false, (page) => registerFromStart(page, 'JavaScript off', 'Sam Jones')));
  }, 120_000);

  it('a citizen registers with JavaScript on: <civic-journey> runs the pages, with no errors in the console', async () => {
    references.push(
      await withContext(running.browser, true, async (page) => {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
        });
        const reference = await registerFromStart(page, 'JavaScript on', 'Robin Ali');
        expect(await page.evaluate(() => customElements.get('civic-journey') !== undefined)).toBe(true);
        expect(errors).toEqual([]);
        return reference;
      }),
    );
  }, 120_000);

  it('a coordinator signs in, finds both people in the register and their text messages in the outbox', async () => {
    await withContext(running.browser, false, async (page) => {
      await page.goto(`${running.origin}/staff/register`);
      await onPage(page, 'Sign in');
      await running.expectAccessible(page, 'sign in');
      await page.getByLabel('Email address').fill(coordinator.email);
      await page.getByLabel('Password').fill(coordinator.password);
      await continueOn(page, 'Sign in');
      await onPage(page, 'Register');
      await running.expectAccessible(page, 'register');
      const text = await page.locator('main').innerText();
      expect(text).toContain('Sam Jones');
      expect(text).toContain('Robin Ali');
      for (const reference of references) expect(text).toContain(reference);
      // The worker in the service delivers to the outbox on its own.
      await expect
        .poll(async () => ((await running.service.outbox?.list())?.items ?? []).map((message) => message.text).join('\n'), {
          timeout: 30_000,
        })
        .toContain(references[1]);
      await page.goto(`${running.origin}/staff/outbox`);
      await onPage(page, 'Messages');
      await running.expectAccessible(page, 'outbox');
      const outbox = await page.locator('main').innerText();
      for (const reference of references) expect(outbox).toContain(`Your reference is ${reference}.`);
      await page.goto(`${running.origin}/staff/register/print`);
      await running.expectAccessible(page, 'printable register');
    });
  }, 120_000);
});
