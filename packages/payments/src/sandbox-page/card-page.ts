/**
 * The sandbox's own card page: the GOV.UK "payment card details" pattern,
 * server-rendered in English or Welsh (the payment's `language`), working with
 * JavaScript off. It is where a sandbox payment's `nextUrl` points. It accepts
 * GOV.UK Pay's test cards only (the sandbox refuses anything else as a test
 * service), then sends the paying user to the return URL, which carries no
 * outcome: the service confirms with a GET, as with GOV.UK Pay.
 *
 * Mount it in any Node server: it answers the paths under `basePath` and
 * returns false for anything else.
 *
 * ```ts
 * const cardPage = createSandboxCardPage(sandbox, { basePath: '/sandbox/card-details' });
 * http.createServer(async (req, res) => { if (!(await cardPage(req, res))) next(req, res); });
 * ```
 */
import { isCivicError, type Issue } from '@civicbricks/core/errors';
import { createTranslator, defineMessages, type Locale } from '@civicbricks/core/i18n';
import { Money } from '@civicbricks/core/money';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Payment } from '../provider.js';
import type { SandboxProvider } from '../sandbox/sandbox-provider.js';
import { TEST_CARDS } from '../sandbox/test-cards.js';

const pageMessages = defineMessages({
  en: {
    title: 'Enter card details',
    testBanner: 'This is a test service: no money will be taken. Use a test card, for example 4444 3333 2222 1111.',
    amount: 'Amount to pay',
    cardNumber: 'Card number',
    expiry: 'Expiry date',
    expiryHint: 'For example, 10/30',
    month: 'Month',
    year: 'Year',
    name: 'Name on card',
    cvc: 'Card security code',
    cvcHint: 'The last 3 digits on the back of the card',
    continue: 'Continue',
    cancel: 'Cancel payment',
    problem: 'There is a problem',
    errorPrefix: 'Error:',
    'error.cardNumber': 'Enter a valid card number',
    'error.expiry': 'Enter a valid expiry date',
    'error.expiryPast': 'The expiry date must be in the future',
    'error.name': 'Enter the name as it appears on the card',
    'error.cvc': 'Enter a valid card security code',
    ended: 'Your payment session has ended',
    endedBody: 'This payment has finished. Go back to the service to see what happened.',
    back: 'Go back to the service',
  },
  cy: {
    title: 'Rhowch fanylion y cerdyn',
    testBanner: 'Gwasanaeth prawf yw hwn: ni fydd arian yn cael ei gymryd. Defnyddiwch gerdyn prawf, er enghraifft 4444 3333 2222 1111.',
    amount: 'Swm i’w dalu',
    cardNumber: 'Rhif y cerdyn',
    expiry: 'Dyddiad dod i ben',
    expiryHint: 'Er enghraifft, 10/30',
    month: 'Mis',
    year: 'Blwyddyn',
    name: 'Enw ar y cerdyn',
    cvc: 'Cod diogelwch y cerdyn',
    cvcHint: 'Y 3 digid olaf ar gefn y cerdyn',
    continue: 'Parhau',
    cancel: 'Canslo’r taliad',
    problem: 'Mae problem wedi codi',
    errorPrefix: 'Gwall:',
    'error.cardNumber': 'Rhowch rif cerdyn dilys',
    'error.expiry': 'Rhowch ddyddiad dod i ben dilys',
    'error.expiryPast': 'Rhaid i’r dyddiad dod i ben fod yn y dyfodol',
    'error.name': 'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn',
    'error.cvc': 'Rhowch god diogelwch cerdyn dilys',
    ended: 'Mae eich sesiwn talu wedi dod i ben',
    endedBody: 'Mae’r taliad hwn wedi gorffen. Ewch yn ôl i’r gwasanaeth i weld beth ddigwyddodd.',
    back: 'Ewch yn ôl i’r gwasanaeth',
  },
});

type Field = 'cardNumber' | 'expiryMonth' | 'cardholderName' | 'cvc';

export interface SandboxCardPageOptions {
  /** The path the sandbox's `cardPageUrl` points at; `/sandbox/card-details` if absent. */
  readonly basePath?: string;
  /** Refuse form bodies larger than this; 16 KiB if absent. */
  readonly maxBytes?: number;
  /** Stylesheets the page links to, on the service's own origin: govuk-frontend's CSS and any theme. */
  readonly stylesheets?: readonly string[];
}

export type SandboxCardPage = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function createSandboxCardPage(sandbox: SandboxProvider, options: SandboxCardPageOptions = {}): SandboxCardPage {
  const base = (options.basePath ?? '/sandbox/card-details').replace(/\/+$/, '');
  const maxBytes = options.maxBytes ?? 16 * 1024;
  const head = (options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('');
  const route = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([a-z0-9]{1,64})(/cancel)?$`);

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const match = route.exec(url.pathname);
    if (!match) return false;
    const paymentId = match[1] ?? '';
    const cancelling = match[2] !== undefined;
    let payment: Payment;
    try {
      payment = await sandbox.getPayment(paymentId);
    } catch {
      send(res, 404, page('en', 'Not found', '<h1 class="govuk-heading-l">Page not found</h1>', head));
      return true;
    }
    const locale: Locale = payment.language;
    if (payment.finished || payment.status === 'submitted' || payment.status === 'capturable') {
      send(res, 200, endedPage(locale, payment, head));
      return true;
    }
    if (req.method === 'GET' && !cancelling) {
      const started = await sandbox.startPayment(paymentId);
      send(res, 200, formPage(locale, started, `${base}/${paymentId}`, {}, {}, head));
      return true;
    }
    if (req.method !== 'POST') {
      res.setHeader('allow', cancelling ? 'POST' : 'GET, POST');
      send(res, 405, page(locale, 'Method not allowed', '', head));
      return true;
    }
    const body = await readForm(req, maxBytes);
    if (body === undefined) {
      send(res, 413, page(locale, 'Too large', '', head));
      return true;
    }
    if (cancelling) {
      const cancelled = await sandbox.cancelByUser(paymentId);
      redirect(res, cancelled.returnUrl);
      return true;
    }
    const values = {
      expiryMonth: body.get('expiryMonth') ?? '',
      expiryYear: body.get('expiryYear') ?? '',
      cardholderName: body.get('cardholderName') ?? '',
    };
    const errors = checkForm(body, locale);
    if (Object.keys(errors).length === 0) {
      try {
        const { payment: after } = await sandbox.submitCard(paymentId, {
          cardNumber: body.get('cardNumber') ?? '',
          expiryMonth: Number(values.expiryMonth),
          expiryYear: Number(values.expiryYear),
          cvc: (body.get('cvc') ?? '').trim(),
          cardholderName: values.cardholderName.trim(),
          locale,
        });
        redirect(res, after.returnUrl);
        return true;
      } catch (error) {
        if (!isCivicError(error)) throw error;
        for (const issue of error.issues) Object.assign(errors, fieldError(issue, locale));
      }
    }
    send(res, 200, formPage(locale, payment, `${base}/${paymentId}`, values, errors, head));
    return true;
  };
}

function checkForm(body: URLSearchParams, locale: Locale): Partial<Record<Field, string>> {
  const t = createTranslator(pageMessages, locale);
  const errors: Partial<Record<Field, string>> = {};
  if ((body.get('cardNumber') ?? '').replace(/[\s-]/g, '') === '') errors.cardNumber = t('error.cardNumber');
  const month = Number(body.get('expiryMonth'));
  const year = Number(body.get('expiryYear'));
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 0 || (year > 99 && year < 2000)) {
    errors.expiryMonth = t('error.expiry');
  }
  if ((body.get('cardholderName') ?? '').trim() === '') errors.cardholderName = t('error.name');
  if (!/^\d{3,4}$/.test((body.get('cvc') ?? '').trim())) errors.cvc = t('error.cvc');
  return errors;
}

/** The sandbox's own errors, put beside the field they are about, in the page's language. */
function fieldError(issue: Issue, locale: Locale): Partial<Record<Field, string>> {
  const t = createTranslator(pageMessages, locale);
  const field = issue.path[0];
  if (field === 'cardNumber') return { cardNumber: issue.message };
  if (issue.code === 'payments.sandbox.card_expiry_past') return { expiryMonth: t('error.expiryPast') };
  if (field === 'expiryMonth' || field === 'expiryYear') return { expiryMonth: t('error.expiry') };
  if (field === 'cvc') return { cvc: t('error.cvc') };
  if (field === 'cardholderName') return { cardholderName: t('error.name') };
  return { cardNumber: issue.message };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(locale: Locale, title: string, main: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="${locale}" class="govuk-template">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>${head}</head>
<body class="govuk-template__body">
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
${main}
</main></div>
</body>
</html>`;
}

function formPage(
  locale: Locale,
  payment: Payment,
  path: string,
  values: Partial<Record<string, string>>,
  errors: Partial<Record<Field, string>>,
  head: string,
): string {
  const t = createTranslator(pageMessages, locale);
  const fields = Object.entries(errors) as [Field, string][];
  const summary =
    fields.length === 0
      ? ''
      : `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
<h2 class="govuk-error-summary__title">${escape(t('problem'))}</h2>
<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
${fields.map(([field, message]) => `<li><a href="#${field}">${escape(message)}</a></li>`).join('\n')}
</ul></div></div></div>`;
  const errorFor = (field: Field): string =>
    errors[field]
      ? `<p id="${field}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${escape(t('errorPrefix'))}</span> ${escape(errors[field] ?? '')}</p>`
      : '';
  const group = (field: Field): string => `govuk-form-group${errors[field] ? ' govuk-form-group--error' : ''}`;
  const describedBy = (field: Field, hint?: string): string => {
    const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return ids ? ` aria-describedby="${ids}"` : '';
  };
  const inputClass = (field: Field, extra = ''): string => `govuk-input${extra}${errors[field] ? ' govuk-input--error' : ''}`;
  const amount = Money.fromPence(payment.amount).format(locale);
  const testCards = TEST_CARDS.map((card) => `<li><code>${card.number.replace(/(\d{4})(?=\d)/g, '$1 ')}</code></li>`).join('');
  const action = escape(path);
  const title = fields.length > 0 ? `${t('errorPrefix')} ${t('title')}` : t('title');
  return page(
    locale,
    title,
    `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${summary}
<div class="govuk-notification-banner" role="region" aria-labelledby="test-banner-title"><div class="govuk-notification-banner__content">
<p class="govuk-notification-banner__heading" id="test-banner-title">${escape(t('testBanner'))}</p>
<ul class="govuk-list govuk-list--bullet">${testCards}</ul>
</div></div>
<h1 class="govuk-heading-l">${escape(t('title'))}</h1>
<dl class="govuk-summary-list"><div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${escape(payment.description)}</dt>
<dd class="govuk-summary-list__value">${escape(t('amount'))}: <strong>${escape(amount)}</strong></dd>
</div></dl>
<form method="post" action="${action}" novalidate>
<div class="${group('cardNumber')}">
<label class="govuk-label" for="cardNumber">${escape(t('cardNumber'))}</label>
${errorFor('cardNumber')}
<input class="${inputClass('cardNumber', ' govuk-input--width-20')}" id="cardNumber" name="cardNumber" type="text" inputmode="numeric" autocomplete="cc-number" spellcheck="false"${describedBy('cardNumber')}>
</div>
<div class="${group('expiryMonth')}">
<fieldset class="govuk-fieldset" role="group" aria-describedby="expiry-hint${errors.expiryMonth ? ' expiryMonth-error' : ''}">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${escape(t('expiry'))}</legend>
<div id="expiry-hint" class="govuk-hint">${escape(t('expiryHint'))}</div>
${errorFor('expiryMonth')}
<div class="govuk-date-input">
<div class="govuk-date-input__item"><div class="govuk-form-group">
<label class="govuk-label govuk-date-input__label" for="expiryMonth">${escape(t('month'))}</label>
<input class="${inputClass('expiryMonth', ' govuk-date-input__input govuk-input--width-2')}" id="expiryMonth" name="expiryMonth" type="text" inputmode="numeric" autocomplete="cc-exp-month" value="${escape(values['expiryMonth'] ?? '')}">
</div></div>
<div class="govuk-date-input__item"><div class="govuk-form-group">
<label class="govuk-label govuk-date-input__label" for="expiryYear">${escape(t('year'))}</label>
<input class="${inputClass('expiryMonth', ' govuk-date-input__input govuk-input--width-4')}" id="expiryYear" name="expiryYear" type="text" inputmode="numeric" autocomplete="cc-exp-year" value="${escape(values['expiryYear'] ?? '')}">
</div></div>
</div>
</fieldset>
</div>
<div class="${group('cardholderName')}">
<label class="govuk-label" for="cardholderName">${escape(t('name'))}</label>
${errorFor('cardholderName')}
<input class="${inputClass('cardholderName')}" id="cardholderName" name="cardholderName" type="text" autocomplete="cc-name" spellcheck="false" value="${escape(values['cardholderName'] ?? '')}"${describedBy('cardholderName')}>
</div>
<div class="${group('cvc')}">
<label class="govuk-label" for="cvc">${escape(t('cvc'))}</label>
<div id="cvc-hint" class="govuk-hint">${escape(t('cvcHint'))}</div>
${errorFor('cvc')}
<input class="${inputClass('cvc', ' govuk-input--width-4')}" id="cvc" name="cvc" type="text" inputmode="numeric" autocomplete="cc-csc"${describedBy('cvc', 'cvc-hint')}>
</div>
<button type="submit" class="govuk-button" data-module="govuk-button">${escape(t('continue'))}</button>
</form>
<form method="post" action="${action}/cancel">
<button type="submit" class="govuk-button govuk-button--secondary">${escape(t('cancel'))}</button>
</form>
</div></div>`,
    head,
  );
}

function endedPage(locale: Locale, payment: Payment, head: string): string {
  const t = createTranslator(pageMessages, locale);
  return page(
    locale,
    t('ended'),
    `<h1 class="govuk-heading-l">${escape(t('ended'))}</h1>
<p class="govuk-body">${escape(t('endedBody'))}</p>
<p class="govuk-body"><a class="govuk-link" href="${escape(payment.returnUrl)}">${escape(t('back'))}</a></p>`,
    head,
  );
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    // Card details are typed here: never cache the page, never frame it, run no script.
    'cache-control': 'no-store',
    // No form-action: browsers apply it to the redirect to the service's return URL too.
    'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

async function readForm(req: IncomingMessage, maxBytes: number): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
