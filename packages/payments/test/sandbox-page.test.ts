/**
 * The sandbox card page driven as a browser with JavaScript off drives it:
 * GET the page, POST the form as application/x-www-form-urlencoded, follow
 * nothing automatically. (Not covered here: rendering in Chromium and axe.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxProvider, TEST_CARDS, type SandboxProvider } from '../src/index.js';
import { createSandboxCardPage } from '../src/sandbox-page/index.js';
import { manualClock } from './conformance.js';

let server: Server;
let origin: string;
let sandbox: SandboxProvider;

beforeEach(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox = createSandboxProvider({
    clock: manualClock(Date.parse('2026-12-07T09:00:00Z')).clock,
    cardPageUrl: `${origin}/sandbox/card-details`,
  });
  const page = createSandboxCardPage(sandbox);
  server.on('request', (req, res) => {
    void page(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('not ours');
      }
    });
  });
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function newPayment(language: 'en' | 'cy' = 'en') {
  const { payment } = await sandbox.createPayment({
    amount: 4550,
    reference: 'GW-1',
    description: 'Garden waste <bin>',
    returnUrl: 'https://council.example.gov.uk/garden-waste/return',
    language,
  });
  return payment;
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

const good = { expiryMonth: '12', expiryYear: '30', cardholderName: 'Sam Jones', cvc: '123' };

describe('the sandbox card page', () => {
  it('shows the GOV.UK card details form with the amount, and marks the payment started', async () => {
    const payment = await newPayment();
    const response = await fetch(payment.nextUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1 class="govuk-heading-l">Enter card details</h1>');
    expect(html).toContain('<strong>£45.50</strong>');
    expect(html).toContain('Garden waste &lt;bin&gt;');
    expect(html).toContain('<label class="govuk-label" for="cardNumber">Card number</label>');
    expect(html).toContain('autocomplete="cc-number"');
    expect(html).toContain('This is a test service');
    expect(html).not.toContain('<script');
    expect((await sandbox.getPayment(payment.paymentId)).status).toBe('started');
  });

  it('is in Welsh for a Welsh payment', async () => {
    const payment = await newPayment('cy');
    const html = await (await fetch(payment.nextUrl!)).text();
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('Rhowch fanylion y cerdyn');
    expect(html).toContain('Rhif y cerdyn');
    expect(html).toContain('Parhau');
  });

  it.each(
    TEST_CARDS.map((card) => [
      card.number,
      card.outcome.result === 'success' ? 'success' : card.outcome.result === 'error' ? 'error' : 'failed',
    ]),
  )('test card %s ends %s, and the paying user goes back to the return URL with no outcome in it', async (cardNumber, status) => {
    const payment = await newPayment();
    await fetch(payment.nextUrl!);
    const response = await fetch(payment.nextUrl!, form({ ...good, cardNumber: cardNumber.replace(/(\d{4})/g, '$1 ').trim() }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://council.example.gov.uk/garden-waste/return');
    expect((await sandbox.getPayment(payment.paymentId)).status).toBe(status);
    // Back on the page afterwards: the session has ended, nothing can be entered again.
    expect(await (await fetch(payment.nextUrl!)).text()).toContain('Your payment session has ended');
  });

  it('refuses a card that could be real, says this is a test service, and never echoes the number', async () => {
    const payment = await newPayment();
    const html = await (await fetch(payment.nextUrl!, form({ ...good, cardNumber: '4111 1111 1111 1111' }))).text();
    expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    expect(html).toContain('<a href="#cardNumber">This is a test service');
    expect(html).toContain('<p id="cardNumber-error" class="govuk-error-message">');
    expect(html).toContain('aria-describedby="cardNumber-error"');
    expect(html).not.toContain('4111');
    expect(html).toContain('value="Sam Jones"');
    expect((await sandbox.getPayment(payment.paymentId)).status).toBe('created');
  });

  it('lists every missing field in the error summary, linked to the field, in Welsh too', async () => {
    const payment = await newPayment('cy');
    const html = await (
      await fetch(payment.nextUrl!, form({ cardNumber: '', expiryMonth: '13', expiryYear: '', cardholderName: ' ', cvc: '12' }))
    ).text();
    for (const field of ['cardNumber', 'expiryMonth', 'cardholderName', 'cvc']) expect(html).toContain(`<a href="#${field}">`);
    expect(html).toContain('Mae problem wedi codi');
    expect(html).toContain('Rhowch god diogelwch cerdyn dilys');
    expect(html).toContain('<title>Gwall: Rhowch fanylion y cerdyn</title>');
  });

  it('refuses an expiry date in the past beside the expiry field', async () => {
    const payment = await newPayment();
    const html = await (await fetch(payment.nextUrl!, form({ ...good, expiryYear: '2020', cardNumber: '4444333322221111' }))).text();
    expect(html).toContain('<a href="#expiryMonth">The expiry date must be in the future</a>');
  });

  it('cancels as the paying user (P0030) and goes back to the service', async () => {
    const payment = await newPayment();
    const response = await fetch(`${payment.nextUrl!}/cancel`, form({}));
    expect(response.status).toBe(303);
    expect(await sandbox.getPayment(payment.paymentId)).toMatchObject({ status: 'failed', code: 'P0030' });
  });

  it('leaves other paths to the server it is mounted in, and answers unknown payments with 404', async () => {
    expect(await (await fetch(`${origin}/elsewhere`)).text()).toBe('not ours');
    expect((await fetch(`${origin}/sandbox/card-details/nosuchpayment`)).status).toBe(404);
  });
});
