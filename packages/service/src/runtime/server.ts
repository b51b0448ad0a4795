/**
 * The running service: one Fastify server with the citizen pages, each journey (registration-elements' handler,
 * mounted as it is), the staff pages, the assets, health checks, and the outbox worker that sends the messages,
 * all in one process. Security is set once here for every page: the strict Content Security Policy (no inline
 * script or style, Trusted Types), HSTS over https, anti-forgery tokens on every form, SameSite cookies marked
 * Secure over https, rate limits, a small body limit, and error pages that never show what went wrong inside.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import type { NotificationProvider } from '@civicbricks/notifications';
import {
  createOutboxProvider,
  createNotificationDelivery,
  notificationsMigrations,
  type OutboxProvider,
} from '@civicbricks/notifications/outbox';
import { createJourneyHandler, DEFAULT_CONTENT_SECURITY_POLICY, type JourneyHandler } from '@civicbricks/registration-elements/server';
import { createOutboxWorker, type OutboxWorker, type Store } from '@civicbricks/storage';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServiceDefinition } from '../manifest/load.js';
import { createAccounts, type Accounts } from './accounts.js';
import { accessibilityPage, cookiesPage, errorPage, privacyPage, startPage, type ErrorKind } from './citizen.js';
import { brandStylesheet, localText } from './layout.js';
import { submittedHandler } from './messaging.js';
import { eraseExpired } from './register.js';
import { csrfUserInfo, registerStaffPages } from './staff.js';

export interface ServiceOptions {
  readonly definition: ServiceDefinition;
  /** From `createStore`: PGlite by default, PostgreSQL in production. Opened and closed by the caller. */
  readonly store: Store;
  /** At least 32 bytes, kept out of the manifest: signs cookies and anti-forgery tokens. */
  readonly secret: string;
  /** The address people use, such as https://warmspace.anytown-trust.org.uk (http:// only on localhost). */
  readonly publicUrl: string;
  /** Fastify's logger: `true` for pino at `info`, `false` for none, or a pino logger of your own. */
  readonly logger?: boolean | FastifyBaseLogger;
  /** Where messages go; the outbox provider (stored for staff to read, sent nowhere) if absent. */
  readonly notificationProvider?: NotificationProvider;
  /** The browser bundle that runs the journeys' pages in the browser; without it every page works as a plain form. */
  readonly clientScript?: string;
  /** Run the outbox worker in this process (the default); false when a separate worker runs it. */
  readonly worker?: boolean;
  readonly clock?: () => Date;
  /**
   * Which proxies' X-Forwarded-For to believe, as Fastify's `trustProxy`: `loopback` (a reverse proxy on this
   * machine) when publicUrl is https, none otherwise.
   */
  readonly trustProxy?: boolean | string;
  /** Attempts before the outbox gives a message up (staff can try it again from the outbox page); 10 if absent. */
  readonly outboxMaxAttempts?: number;
}

export interface Service {
  readonly app: FastifyInstance;
  readonly accounts: Accounts;
  /** The outbox worker (started by `listen` when `worker` is not false). */
  readonly outboxWorker: OutboxWorker;
  /** The stored messages, when the outbox provider sends them. */
  readonly outbox: OutboxProvider | undefined;
  /** Listens, and (unless `worker` is false) starts the outbox worker and the retention sweeps. */
  listen(port: number, host?: string): Promise<string>;
  /** The outbox worker and the retention sweeps without the HTTP server: what `civicbricks worker` runs. */
  startWorker(): void;
  /** Stops taking requests, lets those in flight finish, and waits for the outbox delivery in hand. */
  close(): Promise<void>;
}

/** Where `http://` is allowed for `publicUrl`: this computer. */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
const FORM_BODY_LIMIT = 64 * 1024;
const require = createRequire(import.meta.url);

/**
 * Refuses, at start-up, an http:// address anyone else would use: cookies marked Secure are never sent back over
 * it, so staff sign-in would loop back to the sign-in page with no explanation.
 */
export function checkPublicUrl(publicUrl: string): URL {
  if (!URL.canParse(publicUrl))
    throw new ValidationError(
      'service.public_url.invalid',
      `publicUrl "${publicUrl}" is not a web address: give one such as https://warmspace.anytown.org.uk`,
      {
        path: ['publicUrl'],
      },
    );
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ValidationError('service.public_url.invalid', 'publicUrl must start with https://', { path: ['publicUrl'] });
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname))
    throw new ValidationError(
      'service.public_url.insecure',
      `publicUrl is ${url.origin}, which is http:// on a computer other than this one. Browsers send sign-in cookies only over https://, so staff could not sign in. Put the service behind https (a reverse proxy with a certificate) and set publicUrl to https://${url.host}, or use http://localhost:${url.port || '3000'} to try it out on this computer.`,
      { path: ['publicUrl'] },
    );
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new ValidationError('service.public_url.not_origin', `publicUrl must be the address only, such as ${url.origin}`, {
      path: ['publicUrl'],
    });
  return url;
}

export async function createService(options: ServiceOptions): Promise<Service> {
  const { definition, store } = options;
  const { manifest } = definition;
  const publicUrl = checkPublicUrl(options.publicUrl);
  if (Buffer.byteLength(options.secret ?? '') < 32)
    throw new ValidationError(
      'service.secret.too_short',
      'The secret must be at least 32 characters: `civicbricks serve` makes one and keeps it beside the data',
      {
        path: ['secret'],
      },
    );
  const https = publicUrl.protocol === 'https:';
  const clock = options.clock ?? (() => new Date());

  await store.migrate(notificationsMigrations);
  const outbox = options.notificationProvider ? undefined : createOutboxProvider({ store, clock });
  const delivery = createNotificationDelivery({ store, provider: options.notificationProvider ?? (outbox as OutboxProvider), clock });

  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === true
        ? {
            level: 'info',
            // Paths only: a query string can hold a resume token, and headers hold cookies.
            serializers: {
              req: (request: { method: string; url: string; id: string }) => ({
                id: request.id,
                method: request.method,
                path: request.url.split('?')[0],
              }),
              res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
            },
          }
        : options.logger === false
          ? false
          : undefined,
    ...(typeof options.logger === 'object' ? { loggerInstance: options.logger } : {}),
    bodyLimit: FORM_BODY_LIMIT,
    // The client's address (for rate limits) from X-Forwarded-For only when the proxy in front is the one configured.
    trustProxy: options.trustProxy ?? (https ? 'loopback' : false),
    return503OnClosing: false,
  });

  let closing = false;
  const localeOf = (request: FastifyRequest): Locale =>
    (request.query as Record<string, unknown> | undefined)?.lang === 'cy' && manifest.languages.includes('cy') ? 'cy' : 'en';
  const sendError = (reply: FastifyReply, request: FastifyRequest, status: number, kind: ErrorKind) =>
    reply
      .code(status)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(errorPage(manifest, localeOf(request), kind, request.url.split('?')[0]));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: false,
    // Over https only: HSTS on a local http address would be ignored at best.
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', DEFAULT_CONTENT_SECURITY_POLICY);
    if (closing) {
      reply.header('Connection', 'close');
      return sendError(reply, request, 503, 'unavailable');
    }
  });
  await app.register(fastifyCookie, { secret: options.secret });
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    cookieKey: 'civic_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: https, signed: true },
    // Bound to the staff session (see csrfUserInfo): the anti-forgery cookie alone is not enough to forge a form.
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: createHash('sha256').update(`civic_csrf\n${options.secret}`).digest() },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    // A library's computers share one address: generous for pages, strict only where passwords are tried.
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => Object.assign(new Error('Too many requests'), { statusCode: context.statusCode }),
  });

  app.setNotFoundHandler((request, reply) => sendError(reply, request, 404, 'notFound'));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // The kind and where, never the message: it can carry what someone typed.
      request.log.error(
        { err: { type: error.name, code: error.code, stack: error.stack?.split('\n').slice(1).join('\n') } },
        'request failed',
      );
    }
    if (status === 413) return sendError(reply.header('Connection', 'close'), request, 413, 'tooLarge');
    if (status === 429) return sendError(reply, request, 429, 'tooMany');
    if (status === 403 || error.code?.startsWith('FST_CSRF')) return sendError(reply, request, 403, 'forbidden');
    if (status === 404) return sendError(reply, request, 404, 'notFound');
    if (status >= 400 && status < 500) return sendError(reply, request, status, 'problem');
    return sendError(reply, request, 500, 'problem');
  });

  // Assets: govuk-frontend's CSS, fonts and images, the council theme, the brand colours and the logo.
  const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
  await app.register(fastifyStatic, {
    root: join(govukDist, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: '1d',
  });
  const css = readFileSync(join(govukDist, 'govuk-frontend.min.css'));
  const theme = readFileSync(require.resolve('@civicbricks/elements/theme/council-theme.css'));
  const brand = brandStylesheet(manifest.branding.colour);
  app.get('/assets/govuk-frontend.min.css', (_request, reply) =>
    reply.type('text/css').header('Cache-Control', 'public, max-age=86400').send(css),
  );
  app.get('/assets/council-theme.css', (_request, reply) => reply.type('text/css').send(theme));
  app.get('/assets/brand.css', (_request, reply) => reply.type('text/css').send(brand));
  if (manifest.branding.logo) {
    const logo = readFileSync(join(definition.baseDir, manifest.branding.logo));
    const type = manifest.branding.logo.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
    app.get('/assets/logo', (_request, reply) => reply.type(type).send(logo));
  }
  const script = options.clientScript === undefined ? undefined : readFileSync(options.clientScript);
  if (script) app.get('/assets/journey.js', (_request, reply) => reply.type('text/javascript').send(script));

  // Citizen pages.
  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);
  app.get('/', (request, reply) => html(reply, startPage(manifest, localeOf(request))));
  app.get('/cookies', (request, reply) => html(reply, cookiesPage(manifest, localeOf(request))));
  app.get('/accessibility', (request, reply) => html(reply, accessibilityPage(manifest, localeOf(request))));
  app.get('/privacy', (request, reply) => html(reply, privacyPage(manifest, localeOf(request))));

  // Journeys: registration-elements' handler reads its own bodies and sets its own cookie and anti-forgery token.
  const journeyHandlers: JourneyHandler[] = [];
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    for (const entry of definition.journeys) {
      const handler = createJourneyHandler({
        journey: entry.journey,
        store,
        secret: options.secret,
        basePath: `/${entry.path}/`,
        organisationName: manifest.branding.headerName ?? manifest.organisation.name,
        serviceName: localText(manifest.name, 'en'),
        stylesheets: ['/assets/govuk-frontend.min.css', '/assets/council-theme.css', '/assets/brand.css'],
        scripts: script ? ['/assets/journey.js'] : [],
        secureCookie: https,
        publicUrl: publicUrl.origin,
        sessionHours: manifest.retention.sessionHours,
        clock,
      });
      journeyHandlers.push(handler);
      const serve = async (request: FastifyRequest, reply: FastifyReply) => {
        reply.hijack();
        await handler(request.raw, reply.raw);
      };
      scope.all(`/${entry.path}`, serve);
      scope.all(`/${entry.path}/*`, serve);
    }
  });

  const accounts = createAccounts(store, { clock, roles: manifest.staff.roles.map((role) => role.id) });
  await app.register(async (scope) => registerStaffPages(scope, { definition, store, accounts, outbox, delivery, https, clock }), {
    prefix: '/staff',
  });

  app.get('/healthz', (_request, reply) => reply.header('Cache-Control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await store.outbox.list({ limit: 1 });
      return reply.header('Cache-Control', 'no-store').send({ status: closing ? 'closing' : 'ready' });
    } catch {
      return reply.code(503).header('Cache-Control', 'no-store').send({ status: 'unavailable' });
    }
  });

  const outboxWorker = createOutboxWorker({
    store,
    handlers: { ...submittedHandler(definition, store), ...delivery.handlers },
    clock,
    ...(options.outboxMaxAttempts === undefined ? {} : { maxAttempts: options.outboxMaxAttempts }),
    onError: (error, context) =>
      app.log.warn({ code: error.code, topic: context.topic, messageId: context.messageId }, 'outbox delivery failed'),
  });
  // Nothing is kept past the manifest's times: unfinished answers after `sessionHours`, submissions and their
  // messages after `submissionsDays`. Swept when the service starts and hourly while it runs.
  const sweep = async () => {
    for (const handler of journeyHandlers) await handler.purgeExpiredSessions();
    const erased = await eraseExpired(store, { days: manifest.retention.submissionsDays, now: clock() });
    if (erased > 0) app.log.info({ erased }, 'erased submissions and messages past their retention');
  };
  const sweepSoon = () =>
    void sweep().catch((error: unknown) => app.log.warn({ code: (error as { code?: string }).code }, 'the retention sweep failed'));
  const purge = setInterval(sweepSoon, 3_600_000);
  purge.unref();
  const startWorker = () => {
    if (outboxWorker.running) return;
    outboxWorker.start();
    sweepSoon();
  };

  return {
    app,
    accounts,
    outboxWorker,
    outbox,
    async listen(port, host = 'localhost') {
      const address = await app.listen({ port, host });
      if (options.worker !== false) startWorker();
      return address;
    },
    startWorker,
    async close() {
      closing = true;
      clearInterval(purge);
      await Promise.all([app.close(), outboxWorker.stop()]);
    },
  };
}
