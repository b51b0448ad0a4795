/**
 * The staff pages under `/staff/`: sign in and out (everywhere too), the register of submissions (to read,
 * print and export as CSV) and the outbox (messages sent and waiting, and a retry for those given up on).
 * Every page checks the signed-in person's roles against the permissions the manifest gives them, and every
 * form carries an anti-forgery token. Whatever a citizen typed is escaped before it is shown.
 */
import { escapeHtml } from '@civicbricks/core/html';
import { renderButton, renderErrorSummary, renderTextInput } from '@civicbricks/elements/server';
import type { NotificationDelivery, OutboxProvider } from '@civicbricks/notifications/outbox';
import type { Answers } from '@civicbricks/registration';
import { SUBMISSIONS } from '@civicbricks/registration/store';
import type { Store } from '@civicbricks/storage';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceDefinition, ServiceJourney } from '../manifest/load.js';
import type { Permission } from '../manifest/schema.js';
import { SESSION_MAX_MS, type Accounts, type StaffUser } from './accounts.js';
import { shownAnswers } from './answers.js';
import { allSubmissions, registerCsv, submissionsPage, SubmissionRecord, type SubmissionData } from './register.js';
import { heading, paragraph, proseColumn, renderPage } from './layout.js';

export interface StaffContext {
  readonly definition: ServiceDefinition;
  readonly store: Store;
  readonly accounts: Accounts;
  readonly outbox: OutboxProvider | undefined;
  readonly delivery: NotificationDelivery;
  readonly https: boolean;
  readonly clock: () => Date;
}

const COOKIE = 'civic_staff';

/**
 * What each staff anti-forgery token is bound to: the session cookie in this browser, or none before sign-in (never
 * empty, which the token library refuses). A token made before signing in, or planted by a neighbouring subdomain
 * with a tossed anti-forgery cookie (SameSite does not stop those), is refused once someone is signed in.
 */
export function csrfUserInfo(request: FastifyRequest): string {
  return `staff-session:${request.cookies[COOKIE] ?? 'none'}`;
}

const PAGE_SIZE = 50;
/**
 * Sign-in attempts from one address in 15 minutes, whatever accounts they name. The per-account limit alone let one
 * address try a password against every account (and keep the processor busy with argon2); a route's own limit
 * replaces the global one, so without this nothing capped it. A library's desk signs in far fewer times than this.
 */
export const SIGN_INS_PER_ADDRESS = 100;
/** Only a path on the staff pages: anything else (another site, `//elsewhere`, `/\elsewhere`) goes to the staff home. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/staff\/(?![/\\])[\w\-./?=&%]*$/.test(value) && !value.includes('..') ? value : '/staff/';
}

export async function registerStaffPages(app: FastifyInstance, context: StaffContext): Promise<void> {
  const { definition, store, accounts, https } = context;
  const { manifest } = definition;
  const permissionsOf = (user: StaffUser): Set<Permission> =>
    new Set(manifest.staff.roles.filter((role) => user.roles.includes(role.id)).flatMap((role) => role.permissions));
  const cookieOptions = { path: '/staff/', httpOnly: true, sameSite: 'strict' as const, secure: https };
  const page = (reply: FastifyReply, title: string, main: string, status = 200) =>
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(renderPage(manifest, { locale: 'en', title, main, staff: true }));
  const csrfField = (reply: FastifyReply) =>
    `<input type="hidden" name="_csrf" value="${escapeHtml(reply.generateCsrf({ userInfo: csrfUserInfo(reply.request) }))}">`;
  const postButton = (reply: FastifyReply, action: string, text: string, variant: 'primary' | 'secondary' | 'warning' = 'secondary') =>
    `<form method="post" action="${escapeHtml(action)}" novalidate>${csrfField(reply)}${renderButton({ text, type: 'submit', variant }, { lang: 'en' })}</form>`;

  /** The signed-in person, with the permission asked for; otherwise the reply is sent (sign in, or refused). */
  async function signedIn(request: FastifyRequest, reply: FastifyReply, permission?: Permission): Promise<StaffUser | undefined> {
    const session = await accounts.resume(request.cookies[COOKIE]);
    if (!session) {
      await reply.redirect(`/staff/sign-in?returnTo=${encodeURIComponent(request.url)}`, 303);
      return undefined;
    }
    if (permission && !permissionsOf(session.user).has(permission)) {
      await page(
        reply,
        'You cannot see this page',
        proseColumn(
          heading('You cannot see this page') + paragraph('Your role does not include it. Ask the service’s coordinator if you need it.'),
        ),
        403,
      );
      return undefined;
    }
    return session.user;
  }

  const csrf = { preHandler: app.csrfProtection };
  const signInsFromAddress = app.createRateLimit({
    max: SIGN_INS_PER_ADDRESS,
    timeWindow: '15 minutes',
    keyGenerator: (request) => `sign-in\n${request.ip}`,
  });
  // First, before the anti-forgery check: forged and garbled attempts count too.
  async function limitSignInsFromAddress(request: FastifyRequest): Promise<void> {
    const limit = await signInsFromAddress(request);
    if (!limit.isAllowed && limit.isExceeded)
      throw Object.assign(new Error('Too many sign-in attempts from this address'), { statusCode: 429 });
  }

  function signInForm(reply: FastifyReply, returnTo: string, failed: boolean, email = '') {
    const error = failed ? 'Enter a correct email address and password' : undefined;
    const main = proseColumn(
      (error ? renderErrorSummary({ titleText: 'There is a problem', errorList: [{ text: error, href: '#email' }] }, { lang: 'en' }) : '') +
        heading('Sign in') +
        `<form method="post" action="/staff/sign-in" novalidate>${csrfField(reply)}<input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">` +
        renderTextInput(
          {
            id: 'email',
            name: 'email',
            type: 'email',
            label: { text: 'Email address' },
            value: email,
            autocomplete: 'username',
            spellcheck: false,
            ...(error ? { errorMessage: error } : {}),
          },
          { lang: 'en' },
        ) +
        renderTextInput(
          { id: 'password', name: 'password', type: 'password', label: { text: 'Password' }, autocomplete: 'current-password' },
          { lang: 'en' },
        ) +
        renderButton({ text: 'Sign in', type: 'submit' }, { lang: 'en' }) +
        '</form>',
    );
    return page(reply, failed ? 'Error: Sign in' : 'Sign in', main, failed ? 401 : 200);
  }

  app.get('/sign-in', (request, reply) => signInForm(reply, safeReturnTo((request.query as Record<string, unknown>).returnTo), false));

  app.post(
    '/sign-in',
    {
      preHandler: [limitSignInsFromAddress, app.csrfProtection],
      config: {
        // Per address and account: a library's shared address is not locked out by one person's typing.
        // After the body is read (preHandler), so the key can hold the email address tried.
        rateLimit: {
          hook: 'preHandler',
          max: 10,
          timeWindow: '15 minutes',
          keyGenerator: (request: FastifyRequest) =>
            `${request.ip}\n${String((request.body as Record<string, unknown> | undefined)?.email ?? '')
              .trim()
              .toLowerCase()
              .slice(0, 320)}`,
        },
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const email = typeof body.email === 'string' ? body.email : '';
      const returnTo = safeReturnTo(body.returnTo);
      const user = await accounts.authenticate(email, typeof body.password === 'string' ? body.password : '');
      if (!user) return signInForm(reply, returnTo, true, email.slice(0, 320));
      // A session made before signing in (a planted cookie) never becomes the signed-in one.
      const previous = request.cookies[COOKIE];
      if (previous) await accounts.endSession(previous);
      const token = await accounts.startSession(user);
      await store.audit.append({ actor: user.id, action: 'service.staff_signed_in' });
      return reply.setCookie(COOKIE, token, { ...cookieOptions, maxAge: SESSION_MAX_MS / 1000 }).redirect(returnTo, 303);
    },
  );

  app.post('/sign-out', csrf, async (request, reply) => {
    const token = request.cookies[COOKIE];
    if (token) await accounts.endSession(token);
    return reply.clearCookie(COOKIE, cookieOptions).redirect('/staff/sign-in', 303);
  });

  app.post('/sign-out-everywhere', csrf, async (request, reply) => {
    const user = await signedIn(request, reply);
    if (!user) return reply;
    const ended = await accounts.endAllSessions(user.id);
    await store.audit.append({ actor: user.id, action: 'service.staff_signed_out_everywhere', metadata: { sessions: ended } });
    return reply.clearCookie(COOKIE, cookieOptions).redirect('/staff/sign-in', 303);
  });

  app.get('/', async (request, reply) => {
    const user = await signedIn(request, reply);
    if (!user) return reply;
    const can = permissionsOf(user);
    const links = [
      can.has('register.view') ? ['/staff/register', 'Register of people who signed up'] : undefined,
      can.has('outbox.view') ? ['/staff/outbox', 'Messages sent and waiting'] : undefined,
    ].filter((link) => link !== undefined);
    const main = proseColumn(
      heading(`Signed in as ${user.name}`) +
        `<ul class="govuk-list">${links.map(([href, text]) => `<li><a class="govuk-link" href="${href}">${escapeHtml(text as string)}</a></li>`).join('')}</ul>` +
        postButton(reply, '/staff/sign-out', 'Sign out') +
        postButton(reply, '/staff/sign-out-everywhere', 'Sign out on every device', 'warning'),
    );
    return page(reply, 'Staff home', main);
  });

  const journeyOf = (id: unknown): ServiceJourney =>
    definition.journeys.find((j) => j.id === id) ?? (definition.journeys[0] as ServiceJourney);

  function registerTable(entry: ServiceJourney, records: readonly { id: string; data: SubmissionData }[], columns: number, links: boolean) {
    const questions = shownAnswers(entry, {}, 'en').slice(0, columns);
    const head = ['Reference', 'Registered', ...questions.map((q) => q.label)];
    const rows = records.map((record) => {
      const shown = shownAnswers(entry, record.data.answers as Answers, 'en').slice(0, columns);
      const reference = links
        ? `<a class="govuk-link" href="/staff/submissions/${encodeURIComponent(record.id)}">${escapeHtml(record.data.reference)}</a>`
        : escapeHtml(record.data.reference);
      return `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${reference}</th><td class="govuk-table__cell">${escapeHtml(formatTime(record.data.submittedAt))}</td>${shown
        .map((answer) => `<td class="govuk-table__cell">${escapeHtml(answer.value)}</td>`)
        .join('')}</tr>`;
    });
    return (
      `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(`${records.length} ${records.length === 1 ? 'person' : 'people'}`)}</caption>` +
      `<thead class="govuk-table__head"><tr class="govuk-table__row">${head.map((text) => `<th scope="col" class="govuk-table__header">${escapeHtml(text)}</th>`).join('')}</tr></thead>` +
      `<tbody class="govuk-table__body">${rows.join('')}</tbody></table>`
    );
  }

  app.get('/register', async (request, reply) => {
    const user = await signedIn(request, reply, 'register.view');
    if (!user) return reply;
    const query = request.query as Record<string, unknown>;
    const entry = journeyOf(query.journey);
    const cursor = typeof query.cursor === 'string' && query.cursor.length <= 200 ? query.cursor : undefined;
    const batch = await submissionsPage(store, entry, cursor, PAGE_SIZE).catch((error: unknown) => {
      // A cursor altered in the address is a bad request (400), not the service failing (500, logged as an error).
      if ((error as { code?: unknown }).code === 'storage.invalid_cursor') throw Object.assign(error as Error, { statusCode: 400 });
      throw error;
    });
    const can = permissionsOf(user);
    const main =
      heading('Register') +
      `<p class="govuk-body"><a class="govuk-link" href="/staff/register/print">Printable register</a>${can.has('register.export') ? ` · <a class="govuk-link" href="/staff/register.csv" download>Download as a spreadsheet (CSV)</a>` : ''}</p>` +
      registerTable(entry, batch.items, 3, true) +
      (batch.nextCursor
        ? `<p class="govuk-body"><a class="govuk-link" href="/staff/register?cursor=${encodeURIComponent(batch.nextCursor)}">Older registrations</a></p>`
        : '');
    return page(reply, 'Register', main);
  });

  app.get('/register/print', async (request, reply) => {
    if (!(await signedIn(request, reply, 'register.view'))) return reply;
    const entry = journeyOf((request.query as Record<string, unknown>).journey);
    const records = [];
    for await (const record of allSubmissions(store, entry)) records.push(record);
    return page(
      reply,
      'Printable register',
      heading('Register') +
        paragraph(`Printed ${formatTime(context.clock().toISOString())}.`) +
        registerTable(entry, records, Number.MAX_SAFE_INTEGER, false),
    );
  });

  app.get('/register.csv', async (request, reply) => {
    const user = await signedIn(request, reply, 'register.export');
    if (!user) return reply;
    const entry = journeyOf((request.query as Record<string, unknown>).journey);
    const { csv } = await registerCsv(store, entry, user.id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', `attachment; filename="${manifest.id}-register.csv"`)
      .send(csv);
  });

  app.get('/submissions/:id', async (request, reply) => {
    if (!(await signedIn(request, reply, 'register.view'))) return reply;
    const id = (request.params as { id: string }).id;
    const record = /^sub-[0-9a-f]{64}$/.test(id) ? await store.collection(SUBMISSIONS, SubmissionRecord).get(id) : undefined;
    const entry = record && definition.journeys.find((j) => j.journey.definition.id === record.data.journeyId);
    if (!record || !entry) return reply.callNotFound();
    const rows = shownAnswers(entry, record.data.answers as Answers, 'en')
      .map(
        (answer) =>
          `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(answer.label)}</dt><dd class="govuk-summary-list__value">${escapeHtml(answer.value)}</dd></div>`,
      )
      .join('');
    const main = proseColumn(
      heading(record.data.reference) +
        paragraph(`Registered ${formatTime(record.data.submittedAt)}`) +
        `<dl class="govuk-summary-list">${rows}</dl>`,
    );
    return page(reply, record.data.reference, main);
  });

  app.get('/outbox', async (request, reply) => {
    const user = await signedIn(request, reply, 'outbox.view');
    if (!user) return reply;
    const [pending, dead, failed, stored] = await Promise.all([
      store.outbox.list({ status: 'pending', limit: 100 }),
      store.outbox.listDead({ limit: 100 }),
      context.delivery.list({ state: 'failed', limit: 100 }),
      context.outbox?.list({ limit: 100 }),
    ]);
    const canRetry = permissionsOf(user).has('outbox.retry');
    const deadRows = dead.items
      .map(
        (message) =>
          `<tr class="govuk-table__row"><td class="govuk-table__cell">${escapeHtml(formatTime(message.createdAt))}</td><td class="govuk-table__cell">${escapeHtml(message.topic)}</td><td class="govuk-table__cell">${message.attempts}</td><td class="govuk-table__cell">${canRetry ? postButton(reply, `/staff/outbox/${encodeURIComponent(message.id)}/retry`, 'Try again') : ''}</td></tr>`,
      )
      .join('');
    const failedRows = failed.items
      .map(
        (record) =>
          `<tr class="govuk-table__row"><td class="govuk-table__cell">${escapeHtml(formatTime(record.queuedAt))}</td><td class="govuk-table__cell">${escapeHtml(record.templateId ?? '')}</td><td class="govuk-table__cell">${escapeHtml(record.error ?? '')}</td></tr>`,
      )
      .join('');
    const sentRows = (stored?.items ?? [])
      .map(
        (message) =>
          `<tr class="govuk-table__row"><td class="govuk-table__cell">${escapeHtml(formatTime(message.createdAt))}</td><td class="govuk-table__cell">${message.type === 'sms' ? 'Text message' : message.type === 'email' ? 'Email' : 'Letter'}</td><td class="govuk-table__cell">${escapeHtml(message.to ?? '')}</td><td class="govuk-table__cell">${escapeHtml(message.status)}</td><td class="govuk-table__cell">${escapeHtml(message.text)}</td></tr>`,
      )
      .join('');
    const table = (caption: string, head: readonly string[], rows: string) =>
      `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(caption)}</caption><thead class="govuk-table__head"><tr class="govuk-table__row">${head
        .map((text) => `<th scope="col" class="govuk-table__header">${escapeHtml(text)}</th>`)
        .join('')}</tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>`;
    const main =
      heading('Messages') +
      paragraph(`${pending.items.length} waiting to be sent.`) +
      (dead.items.length > 0
        ? table('Given up after several attempts', ['Queued', 'Kind', 'Attempts', ''], deadRows)
        : paragraph('No message has been given up on.')) +
      (failed.items.length > 0
        ? table('Could not be sent (trying again will not help)', ['Queued', 'Template', 'Reason'], failedRows)
        : '') +
      (context.outbox
        ? table('Messages in the outbox (not sent anywhere else)', ['Queued', 'Kind', 'To', 'Status', 'Message'], sentRows)
        : '');
    return page(reply, 'Messages', main);
  });

  app.post('/outbox/:id/retry', csrf, async (request, reply) => {
    const user = await signedIn(request, reply, 'outbox.retry');
    if (!user) return reply;
    const id = (request.params as { id: string }).id;
    const message = await store.outbox.get(id);
    if (!message || message.status !== 'dead') return reply.callNotFound();
    await store.outbox.retry(id);
    await store.audit.append({ actor: user.id, action: 'service.outbox_retried', metadata: { messageId: id } });
    return reply.redirect('/staff/outbox', 303);
  });
}

function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));
}
