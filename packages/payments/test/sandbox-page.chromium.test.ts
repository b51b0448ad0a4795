/**
 * The sandbox card page in Debian's Chromium (through playwright-core, as the
 * repository's end-to-end tests drive it): every test card gives its documented
 * outcome with JavaScript on and off, in English and Welsh, and axe finds
 * nothing on the form, its error state or the ended page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxProvider, TEST_CARDS, type SandboxProvider } from '../src/index.js';
import { createSandboxCardPage } from '../src/sandbox-page/index.js';
import { findChromium } from '../../../scripts/lib/run.mjs';
import { launchChromium } from '../../../tests/support/chromium.js';
import { axeViolations } from '../../../tests/support/journey-pages.js';

const chromiumPath = findChromium();
// The service serves govuk-frontend's CSS; the page links to it (axe's target-size needs real button sizes).
const govukCss = readFileSync(new URL('../../../node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', import.meta.url));

describe.skipIf(!chromiumPath)(`the sandbox card page in Chromium${chromiumPath ? '' : ' (skipped: no Chromium)'}`, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let sandbox: SandboxProvider;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // localhost, not 127.0.0.1: the return URL may be plain http only for localhost.
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    sandbox = createSandboxProvider({ cardPageUrl: `${origin}/sandbox/card-details` });
    const page = createSandboxCardPage(sandbox, { stylesheets: ['/assets/govuk-frontend.min.css'] });
    server.on('request', (req, res) => {
      if (req.url === '/assets/govuk-frontend.min.css') {
        res.writeHead(200, { 'content-type': 'text/css' });
        res.end(govukCss);
        return;
      }
      void page(req, res).then((handled) => {
        if (handled) return;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<!DOCTYPE html><html lang="en"><head><title>Back at the service</title></head><body><main><h1>Back at the service</h1></main></body></html>',
        );
      });
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function newPayment(language: 'en' | 'cy') {
    const { payment } = await sandbox.createPayment({
      amount: 1000,
      reference: 'BB-1',
      description: 'Blue badge',
      returnUrl: `${origin}/blue-badge/return`,
      language,
    });
    return payment;
  }

  async function fillAndContinue(page: Page, language: 'en' | 'cy', cardNumber: string): Promise<void> {
    const labels =
      language === 'cy'
        ? { card: 'Rhif y cerdyn', month: 'Mis', year: 'Blwyddyn', name: 'Enw ar y cerdyn', cvc: 'Cod diogelwch y cerdyn', go: 'Parhau' }
        : { card: 'Card number', month: 'Month', year: 'Year', name: 'Name on card', cvc: 'Card security code', go: 'Continue' };
    await page.getByLabel(labels.card).fill(cardNumber);
    await page.getByLabel(labels.month, { exact: true }).fill('12');
    await page.getByLabel(labels.year, { exact: true }).fill('30');
    await page.getByLabel(labels.name).fill('Sam Jones');
    await page.getByLabel(labels.cvc).fill('123');
    await page.getByRole('button', { name: labels.go, exact: true }).click();
  }

  for (const javaScriptEnabled of [true, false]) {
    for (const language of ['en', 'cy'] as const) {
      it(
        `every test card gives its outcome (JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${language})`,
        { timeout: 120_000 },
        async () => {
          const context = await browser.newContext({ javaScriptEnabled });
          try {
            const page = await context.newPage();
            for (const card of TEST_CARDS) {
              const payment = await newPayment(language);
              await page.goto(payment.nextUrl!);
              await fillAndContinue(page, language, card.number);
              await page.waitForURL(`${origin}/blue-badge/return`);
              const expected = card.outcome.result === 'success' ? 'success' : card.outcome.result === 'error' ? 'error' : 'failed';
              expect((await sandbox.getPayment(payment.paymentId)).status, card.number).toBe(expected);
            }
          } finally {
            await context.close();
          }
        },
      );
    }
  }

  it('has no axe violations on the form, its error state and the ended page, in English and Welsh', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const language of ['en', 'cy'] as const) {
        const payment = await newPayment(language);
        await page.goto(payment.nextUrl!);
        expect(await axeViolations(browser, origin, page), `${language} form`).toEqual([]);
        await fillAndContinue(page, language, '4111111111111111');
        await page.locator('.govuk-error-summary').waitFor();
        expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toHaveLength(1);
        expect(await axeViolations(browser, origin, page), `${language} error state`).toEqual([]);
        await fillAndContinue(page, language, '4444333322221111');
        await page.goto(payment.nextUrl!);
        expect(await axeViolations(browser, origin, page), `${language} ended`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
