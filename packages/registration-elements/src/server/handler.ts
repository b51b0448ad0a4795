/**
 * A journey as a working web service with JavaScript off: each page a plain HTML form that posts
 * back to itself, answers kept server-side in the store, the GOV.UK error pattern on a failed
 * submit, check your answers, one record per submission, and save and return. With the
 * `<civic-journey>` script on the page, the same pages run in the browser and post the finished
 * answers to `submit`, which checks every answer again before storing them. Node only.
 *
 * This module checks the options and puts the parts together: the sessions (`session.ts`), the route table
 * (`routes.ts`), the HTML pages (`pages.ts`) and the JSON API (`api.ts`), over plain HTTP helpers (`http.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError, ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import type { Journey } from '@civicbricks/registration';
import { createSaveAndReturn, type SaveAndReturn } from '@civicbricks/registration/store';
import type { Store } from '@civicbricks/storage';
import { z } from 'zod';
import { createApi } from './api.js';
import { declaredLength, HttpError, redirect, requestUrl, tooLarge } from './http.js';
import { createPages, PAGE_ID } from './pages.js';
import { createRouteTable } from './routes.js';
import { createJourneyService, type RequestContext } from './service.js';
import { createSessions } from './session.js';

export { JOURNEY_SESSIONS } from './session.js';

/** A stylesheet or script: a path on this service (`/assets/app.css`, never `//elsewhere`), or an `https://` address. */
const assetUrl = z
  .string()
  .refine(
    (value) => /^\/(?![/\\])/.test(value) || (URL.canParse(value) && new URL(value).protocol === 'https:'),
    'A stylesheet or script must be a path on this service, such as /assets/app.css, or an https:// address',
  );

const OptionsSchema = z.strictObject({
  journey: z.custom<Journey>(
    (value) => typeof value === 'object' && value !== null && 'definition' in value,
    'Pass a journey made by createJourney()',
  ),
  store: z.custom<Store>(
    (value) => typeof value === 'object' && value !== null && 'collection' in value,
    'Pass a store made by createStore()',
  ),
  // One check with its own words, not a union: a union's failure reads "does not match any of the allowed shapes".
  secret: z.custom<string | Uint8Array>().superRefine((value, context) => {
    const problem = secretProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  basePath: z.string().regex(/^\/([\w.~-]+\/)*$/, 'basePath must start and end with "/", such as "/warm-space/"'),
  organisationName: z.string().min(1),
  serviceName: z.string().min(1).optional(),
  locale: z.enum(['en', 'cy']).optional(),
  stylesheets: z.array(assetUrl).optional(),
  scripts: z.array(assetUrl).optional(),
  saveAndReturn: z.boolean().optional(),
  onResumeLink: z
    .custom<(link: { url: string; expiresAt: string }) => Promise<void> | void>((value) => typeof value === 'function')
    .optional(),
  sessionHours: z
    .number()
    .positive()
    .max(24 * 28)
    .optional(),
  secureCookie: z.boolean().optional(),
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'publicUrl must be the service’s address, such as https://forms.anytown.gov.uk' })
    .refine((value) => {
      const url = new URL(value);
      return !url.username && !url.password && !url.search && !url.hash && url.pathname === '/';
    }, 'publicUrl must be the service’s origin only, such as https://forms.anytown.gov.uk: basePath gives the path')
    .optional(),
  contentSecurityPolicy: z.string().min(1).optional(),
  frameOptions: z.enum(['DENY', 'SAMEORIGIN']).optional(),
  clock: z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function returning a Date').optional(),
  maxBodyBytes: z
    .int()
    .min(1024, 'maxBodyBytes must be at least 1024')
    .max(10 * 1024 * 1024, 'maxBodyBytes must be at most 10 MiB: a bigger post would hold up everyone else’s')
    .optional(),
});

export interface JourneyHandlerOptions {
  /** From `createJourney`. */
  readonly journey: Journey;
  /** From `createStore` in `@civicbricks/storage`: sessions, saved journeys and submissions are kept here. */
  readonly store: Store;
  /** At least 32 bytes, kept out of the code: signs anti-forgery tokens and resume links. */
  readonly secret: string | Uint8Array;
  /** Where the journey lives, such as `/warm-space/`; its pages are `/warm-space/<page id>`. */
  readonly basePath: string;
  /** Shown in the header: the council or charity. */
  readonly organisationName: string;
  /** Defaults to the journey's title. */
  readonly serviceName?: string;
  /** The language people start in; `?lang=cy` or `?lang=en` switches. English if absent. */
  readonly locale?: Locale;
  /**
   * Stylesheet URLs, such as govuk-frontend's CSS: paths on this service, or `https://` addresses with a
   * `contentSecurityPolicy` that allows them.
   */
  readonly stylesheets?: readonly string[];
  /**
   * Module script URLs, as for `stylesheets`; include one that imports `@civicbricks/registration-elements/define`
   * to run pages in the browser.
   */
  readonly scripts?: readonly string[];
  /** Offer "Save and come back later" (a signed link that works for 28 days). */
  readonly saveAndReturn?: boolean;
  /** Sends the resume link to the person (by email through the notifications brick, say); the page shows it too. */
  readonly onResumeLink?: (link: { url: string; expiresAt: string }) => Promise<void> | void;
  /** How long answers are kept without activity; 24 hours if absent. */
  readonly sessionHours?: number;
  /**
   * The service's public address, such as `https://forms.anytown.gov.uk`, for the resume links sent to people:
   * needed with `saveAndReturn`. Never taken from the request's `Host`, which whoever sends the request chooses.
   * `https://`, or `http://` on localhost in development, or on a trusted local network with `secureCookie: false`
   * (the handler refuses an `http://` address elsewhere while the cookie is `Secure`: browsers would drop it).
   */
  readonly publicUrl?: string;
  /**
   * Replaces the `Content-Security-Policy` sent with every response. The default allows scripts, styles, images,
   * fonts and requests from the service's own origin only, no inline script or style, Trusted Types required, and
   * no framing: {@link DEFAULT_CONTENT_SECURITY_POLICY}. Set it only to allow assets from elsewhere.
   */
  readonly contentSecurityPolicy?: string;
  /** `X-Frame-Options` for older browsers: `DENY` (the default), or `SAMEORIGIN` with a policy that allows the same framing. */
  readonly frameOptions?: 'DENY' | 'SAMEORIGIN';
  /**
   * Mark the session cookie `Secure` (HTTPS only); on unless set false. Browsers keep a `Secure` cookie over plain
   * HTTP on localhost only: set it false to serve over HTTP on a trusted local network (a library desk).
   */
  readonly secureCookie?: boolean;
  readonly clock?: () => Date;
  /**
   * The largest body a post may have, in bytes; 256 KiB if absent. Raise it only for a journey whose long-text
   * answers need more. Field counts, item counts, name lengths and nesting are limited by what the journey's
   * pages can send, whatever this is.
   */
  readonly maxBodyBytes?: number;
}

/** A Node request handler (also usable as Express or Connect middleware, with `next` for other paths). */
export interface JourneyHandler {
  (request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void>;
  /**
   * Deletes the sessions nobody has touched for `sessionHours` (their answers were never sent): run it daily,
   * so abandoned answers are not kept longer than the service needs them. Returns how many were deleted.
   */
  purgeExpiredSessions(): Promise<number>;
}

/**
 * What the handler's pages need and nothing more: everything from the service's own origin, no inline script
 * or style, Trusted Types for every script sink, no `<base>`, forms posted only here and no framing at all.
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Where browsers keep a `Secure` cookie sent over plain `http://`: a developer's own machine. Anywhere else they
 * drop it without a word, and every Continue would return to the first page.
 */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

const SECRET_BYTES = 32;
const MAKE_SECRET = `node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`;

/** What is wrong with a secret, in words a person can act on; never the secret itself. */
function secretProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '')
    return `The secret is missing (is its environment variable set?): pass at least ${SECRET_BYTES} random bytes kept out of the code, made with ${MAKE_SECRET}`;
  if (typeof value !== 'string' && !(value instanceof Uint8Array))
    return `The secret must be a string or a Uint8Array, not ${value === null ? 'null' : typeof value}`;
  const bytes = typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength;
  if (bytes < SECRET_BYTES)
    return `The secret is ${bytes} bytes long: it must be at least ${SECRET_BYTES} bytes, such as one made with ${MAKE_SECRET}`;
  return undefined;
}

const DEFAULT_BODY_LIMIT = 256 * 1024;
const HOUR_MS = 3_600_000;
/** Addresses under `basePath` that the handler answers itself, so no page may take them. */
const RESERVED_PAGE_IDS: readonly string[] = ['submit', 'save', 'resume'];

/** Serves a journey's pages under `basePath`. */
export function createJourneyHandler(options: JourneyHandlerOptions): JourneyHandler {
  const o = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'registration.handler', what: 'journey handler options' });
  const journey = o.journey;
  const definition = journey.definition;
  const clash = definition.pages.find((page) => RESERVED_PAGE_IDS.includes(page.id));
  if (clash) {
    throw new ValidationError(
      'registration.handler.reserved_page_id',
      `The page id "${clash.id}" is one of the handler’s own addresses (${RESERVED_PAGE_IDS.join(', ')}): rename the page`,
      { path: ['options', 'journey', 'pages'] },
    );
  }
  if (o.saveAndReturn && !o.publicUrl) {
    throw new ValidationError(
      'registration.handler.public_url_required',
      'Set publicUrl to the service’s address, such as https://forms.anytown.gov.uk (or http://localhost:3000 in development): resume links are built from it, never from the request’s Host header',
      { path: ['options', 'publicUrl'] },
    );
  }
  const secureCookie = o.secureCookie !== false;
  const insecureUrl = o.publicUrl && new URL(o.publicUrl);
  if (secureCookie && insecureUrl && insecureUrl.protocol === 'http:' && !LOCAL_HOSTS.has(insecureUrl.hostname)) {
    throw new ValidationError(
      'registration.handler.secure_cookie_over_http',
      `publicUrl ${insecureUrl.origin} is plain HTTP, where browsers drop the session cookie (it is marked Secure) and every Continue would go back to the first page: serve the journey over HTTPS with an https:// publicUrl, or, on a trusted local network only (a library desk, say), set secureCookie: false`,
      { path: ['options', 'publicUrl'] },
    );
  }
  // The default policy loads nothing from elsewhere: a page whose assets live elsewhere would break without a word.
  const foreign = o.contentSecurityPolicy
    ? undefined
    : [...(o.stylesheets ?? []), ...(o.scripts ?? [])].find((url) => !url.startsWith('/'));
  if (foreign !== undefined) {
    throw new ValidationError(
      'registration.handler.asset_elsewhere',
      `${foreign} is not on this service, and the default Content-Security-Policy loads files from the service’s own origin only: serve it from here, or set contentSecurityPolicy to allow it`,
      { path: ['options', o.stylesheets?.includes(foreign) ? 'stylesheets' : 'scripts'] },
    );
  }
  const secret = typeof o.secret === 'string' ? Buffer.from(o.secret, 'utf8') : Buffer.from(o.secret);
  const securityHeaders = {
    'Content-Security-Policy': o.contentSecurityPolicy ?? DEFAULT_CONTENT_SECURITY_POLICY,
    'X-Frame-Options': o.frameOptions ?? 'DENY',
    'X-Content-Type-Options': 'nosniff',
  };
  /** On every response the handler sends, pages, redirects and JSON alike. */
  const secure = (response: ServerResponse) => {
    if (!response.headersSent) for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  };
  const clock = o.clock ?? (() => new Date());
  const saver: SaveAndReturn | undefined = o.saveAndReturn ? createSaveAndReturn({ store: o.store, secret, clock }) : undefined;
  const sessions = createSessions({
    store: o.store,
    secret,
    journeyId: definition.id,
    basePath: o.basePath,
    sessionMs: (o.sessionHours ?? 24) * HOUR_MS,
    secureCookie,
    clock,
  });
  const bodyLimit = o.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  const service = createJourneyService({
    journey,
    store: o.store,
    sessions,
    saver,
    basePath: o.basePath,
    organisationName: o.organisationName,
    serviceName: o.serviceName,
    locale: o.locale,
    stylesheets: o.stylesheets ?? [],
    scripts: o.scripts ?? [],
    publicUrl: o.publicUrl,
    onResumeLink: o.onResumeLink,
    clock,
    bodyLimit,
  });
  const base = o.basePath;
  const pages = createPages(service);
  const api = createApi(service);

  const routes = createRouteTable<RequestContext>([
    { methods: '*', path: '', handle: ({ response }) => redirect(response, `${base}${definition.start}`) },
    { methods: ['POST'], path: 'submit', handle: api.submit },
    ...(saver
      ? [
          { methods: ['GET'], path: 'resume', handle: (context: RequestContext) => pages.resume(context, saver) },
          {
            methods: ['POST'],
            path: 'save',
            handle: api.save,
          },
          {
            methods: ['GET', 'HEAD'],
            path: 'save',
            handle: pages.showSaved,
          },
        ]
      : []),
    ...[...journey.pages.keys()]
      .filter((pageId) => PAGE_ID.test(pageId))
      .map((pageId) => ({ methods: '*' as const, path: pageId, handle: (context: RequestContext) => pages.journeyPage(context, pageId) })),
  ]);

  /**
   * Without a publicUrl the handler cannot refuse to start over plain HTTP, so the first request that shows it
   * (no TLS, no proxy saying `X-Forwarded-Proto: https`, a host that is not this machine) is said in the log once:
   * browsers drop the Secure cookie there without a word.
   */
  let warnedPlainHttp = !secureCookie;
  function warnIfCookieWillBeDropped(request: IncomingMessage) {
    if (warnedPlainHttp || (request.socket as { encrypted?: boolean }).encrypted) return;
    const forwarded = request.headers['x-forwarded-proto'];
    if (typeof forwarded === 'string' && forwarded.split(',')[0]?.trim() === 'https') return;
    const host = URL.canParse(`http://${request.headers.host ?? ''}`) ? new URL(`http://${request.headers.host ?? ''}`).hostname : '';
    if (!host || LOCAL_HOSTS.has(host)) return;
    warnedPlainHttp = true;
    console.warn(
      `registration-elements: the journey handler was asked for a page over plain HTTP at ${host}, but its session cookie is Secure, so browsers will drop it and every Continue will go back to the first page. Serve the journey over HTTPS (behind a proxy, have it send X-Forwarded-Proto: https), or, on a trusted local network only, set secureCookie: false.`,
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> {
    const url = requestUrl(request);
    if (!url.pathname.startsWith(base) && url.pathname !== base.slice(0, -1)) {
      if (next) return next();
      throw new HttpError(404, 'registration.handler.not_found', 'Not found');
    }
    warnIfCookieWillBeDropped(request);
    secure(response);
    // Before anything else, so no answer of any route (a redirect, say) leaves Node reading an oversized body.
    if (declaredLength(request) > bodyLimit) throw tooLarge();
    const rest = url.pathname.slice(base.length);
    const asked = url.searchParams.get('lang');
    let session = await sessions.load(request);
    const locale: Locale = asked === 'cy' || asked === 'en' ? asked : (session?.data.locale ?? o.locale ?? 'en');
    if (session && session.data.locale !== locale) session = await sessions.keepLocale(response, session, locale);

    const route = routes.find(request.method, rest);
    const context = { request, response, url, session, locale };
    return route ? route.handle(context) : pages.notFound(context);
  }

  const handler = async (request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> => {
    try {
      await handle(request, response, next);
    } catch (error) {
      if (error instanceof ConflictError && request.method === 'POST' && !response.headersSent && !api.isApiRequest(request)) {
        // Two posts of one session at once (a double click on a slow line, two tabs): the other one was saved,
        // so show the page as it now stands rather than an error.
        return redirect(response, pages.samePage(request));
      }
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined);
        return;
      }
      const status = error instanceof HttpError ? error.status : 500;
      secure(response);
      // The rest of a body too large to read is not waited for: the connection closes once the reply is sent.
      if (status === 413) response.setHeader('Connection', 'close');
      if (api.isApiRequest(request)) api.failed(response, status, error);
      else pages.problemPage(request, response, status);
      if (status === 500)
        console.error('registration-elements: the journey handler failed', error instanceof Error ? error.name : typeof error);
    }
  };
  return Object.assign(handler, { purgeExpiredSessions: () => sessions.purgeExpired() });
}
