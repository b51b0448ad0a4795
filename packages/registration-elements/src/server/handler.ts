/**
 * A journey as a working web service with JavaScript off: each page a plain HTML form that posts
 * back to itself, answers kept server-side in the store, the GOV.UK error pattern on a failed
 * submit, check your answers, one record per submission, and save and return. With the
 * `<civic-journey>` script on the page, the same pages run in the browser and post the finished
 * answers to `submit`, which checks every answer again before storing them. Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError, isCivicError, ValidationError } from '@civicbricks/core/errors';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import {
  answerPage,
  isPageOnPath,
  journeyPath,
  localText,
  missingPages,
  RETURN_TO_CHECK_ANSWERS,
  type AnswerError,
  type Answers,
  type Journey,
} from '@civicbricks/registration';
import { createSaveAndReturn, ResumeLinkError, submitJourney, type SaveAndReturn } from '@civicbricks/registration/store';
import type { Store } from '@civicbricks/storage';
import { z } from 'zod';
import { applyItemAction, CSRF_FIELD, inputsFromAnswers, pageAction, postedAnswers, type RawInput } from '../form.js';
import { formatExpiry, journeyMessages } from '../messages.js';
import { pageModel, previousPageId, type PageModel } from '../model.js';
import { escapeHtml, JOURNEY_BACK_LINK_ID, renderBackLinkSlot, renderPageHtml } from '../render-html.js';
import { replayAnswers } from '../replay.js';
import { JOURNEY_STATE_ATTRIBUTE, type JourneyState } from '../state.js';
import { renderDocument } from './document.js';
import { createRouteTable } from './routes.js';
import { createSessions, type LiveSession, type Session } from './session.js';
import { HttpError, json, readBody, redirect, requestUrl, tooLarge } from './http.js';
import { checkFormShape, checkJsonShape, formFieldBudget, jsonValueBudget, MAX_JSON_DEPTH, MAX_KEY_LENGTH } from './limits.js';

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
  secret: z.union([
    z.string().refine((s) => Buffer.byteLength(s) >= 32, 'The secret must be at least 32 bytes long'),
    z.instanceof(Uint8Array).refine((b) => b.byteLength >= 32, 'The secret must be at least 32 bytes long'),
  ]),
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
      return url.protocol === 'https:' || LOCAL_HOSTS.has(url.hostname);
    }, 'publicUrl must start with https:// (http:// is only for localhost, in development)')
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
   * `https://` (or `http://localhost:3000` in development).
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
  /** Mark the session cookie `Secure` (HTTPS only); on unless set false, for local development over HTTP. */
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

/** Where `http://` is allowed for `publicUrl`: a developer's own machine. */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

const DEFAULT_BODY_LIMIT = 256 * 1024;
const HOUR_MS = 3_600_000;
const PAGE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
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
    secureCookie: o.secureCookie !== false,
    clock,
  });
  /** Today by the handler's clock, for the journey's date rules and routes ("at least 16 years ago"). */
  const today = () => ({ today: clock() });
  const base = o.basePath;
  const confirmationId = definition.pages.find((page) => page.type === 'confirmation')?.id;
  const bodyLimit = o.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  const jsonLimits = { maxValues: jsonValueBudget(journey), maxDepth: MAX_JSON_DEPTH, maxKeyLength: MAX_KEY_LENGTH };

  function send(
    response: ServerResponse,
    status: number,
    locale: Locale,
    title: string,
    main: string,
    url: URL,
    errors = false,
    beforeContent?: string,
  ) {
    const t = createTranslator(journeyMessages, locale);
    const other: Locale = locale === 'cy' ? 'en' : 'cy';
    const toggle = new URL(url);
    toggle.searchParams.set('lang', other);
    // Only ever a page of this journey: a crafted path must not turn the link into another site's address.
    toggle.pathname = `${base}${pageIdIn(toggle.pathname) ?? ''}`;
    const html = renderDocument({
      locale,
      title: `${errors ? t('errorTitlePrefix') : ''}${title} – ${o.serviceName ?? localText(definition.title, locale)}`,
      serviceName: o.serviceName ?? localText(definition.title, locale),
      organisationName: o.organisationName,
      serviceUrl: base,
      stylesheets: o.stylesheets ?? [],
      scripts: o.scripts ?? [],
      languageToggle: {
        href: `${toggle.pathname}${toggle.search}`,
        text: t('language'),
        lang: other,
      },
      ...(beforeContent ? { beforeContent } : {}),
      main,
    });
    response.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(html);
  }

  /** This journey's page the request was for (only ever a path under `basePath`), to send the person back to it. */
  function samePage(request: IncomingMessage): string {
    const url = requestUrl(request);
    const pageId = pageIdIn(url.pathname);
    const returnTo = url.searchParams.get('returnTo') === RETURN_TO_CHECK_ANSWERS ? `?returnTo=${RETURN_TO_CHECK_ANSWERS}` : '';
    return pageId ? `${base}${pageId}${returnTo}` : base;
  }

  /** The page id a path under `basePath` names, if it is a well-formed one. */
  function pageIdIn(pathname: string): string | undefined {
    const pageId = pathname.slice(base.length);
    return pathname.startsWith(base) && PAGE_ID.test(pageId) ? pageId : undefined;
  }

  function isJsonRoute(request: IncomingMessage): boolean {
    const path = requestUrl(request).pathname;
    return path === `${base}submit` || path === `${base}save`;
  }

  function messagePage(
    response: ServerResponse,
    status: number,
    locale: Locale,
    url: URL,
    title: string,
    body: string,
    link?: { href: string; text: string },
  ) {
    const linkHtml = link
      ? `<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`
      : '';
    send(
      response,
      status,
      locale,
      title,
      `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(body)}</p>${linkHtml}`,
      url,
    );
  }

  /** The page, wrapped in `<civic-journey>` with what it needs to carry on in the browser. */
  function showPage(
    response: ServerResponse,
    url: URL,
    session: { id: string; data: Session },
    pageId: string,
    inputs?: { readonly [id: string]: RawInput },
    errors: readonly AnswerError[] = [],
    status = 200,
  ) {
    const locale = session.data.locale;
    const answers = session.data.answers as Answers;
    const returnTo = url.searchParams.get('returnTo') === RETURN_TO_CHECK_ANSWERS ? RETURN_TO_CHECK_ANSWERS : undefined;
    const model: PageModel = pageModel({
      ...today(),
      journey,
      pageId,
      answers,
      locale,
      inputs: inputs ?? inputsFromAnswers(questionsOf(pageId), answers),
      errors,
      changeHref: (id) => `${base}${id}?returnTo=${RETURN_TO_CHECK_ANSWERS}`,
      ...(session.data.submitted ? { reference: session.data.submitted.reference } : {}),
      canSave: saver !== undefined,
    });
    const csrfToken = sessions.csrfToken(session);
    const previous = previousPageId(journey, pageId, answers, { returnTo, ...today() });
    const state: JourneyState = {
      definition,
      answers,
      pageId,
      csrfToken,
      submitUrl: `${base}submit`,
      ...(saver ? { saveUrl: `${base}save` } : {}),
      basePath: base,
      serviceName: o.serviceName ?? localText(definition.title, locale),
      ...(returnTo ? { returnTo } : {}),
      ...(errors.length > 0 ? { errors } : {}),
      ...(session.data.submitted ? { reference: session.data.submitted.reference } : {}),
    };
    // The back link goes before <main>, where <civic-journey> keeps it once it runs the pages.
    const main =
      `<civic-journey back-link-target="${JOURNEY_BACK_LINK_ID}"><script type="application/json" ${JOURNEY_STATE_ATTRIBUTE}>${jsonForHtml(state)}</script>` +
      `<div data-civic-ssr>${renderPageHtml(model, { locale, csrfToken })}</div></civic-journey>`;
    const beforeContent = renderBackLinkSlot(previous ? `${base}${previous}` : undefined, locale);
    send(response, status, locale, model.title, main, url, errors.length > 0, beforeContent);
  }

  function questionsOf(pageId: string) {
    const page = journey.pages.get(pageId);
    return page?.type === 'question' ? page.questions : [];
  }

  const routes = createRouteTable<RequestContext>([
    { methods: '*', path: '', handle: ({ response }) => redirect(response, `${base}${definition.start}`) },
    { methods: ['POST'], path: 'submit', handle: ({ request, response, session }) => submitJson(request, response, session) },
    ...(saver
      ? [
          { methods: ['GET'], path: 'resume', handle: (context: RequestContext) => resume(context, saver) },
          {
            methods: ['POST'],
            path: 'save',
            handle: ({ request, response, session }: RequestContext) => saveJson(request, response, session),
          },
          {
            methods: ['GET', 'HEAD'],
            path: 'save',
            handle: ({ response, url, session, locale }: RequestContext) => showSaved(response, url, session, locale),
          },
        ]
      : []),
    ...[...journey.pages.keys()]
      .filter((pageId) => PAGE_ID.test(pageId))
      .map((pageId) => ({ methods: '*' as const, path: pageId, handle: (context: RequestContext) => journeyPage(context, pageId) })),
  ]);

  /** What a route is given: the request, and the session and language worked out for it. */
  interface RequestContext {
    readonly request: IncomingMessage;
    readonly response: ServerResponse;
    readonly url: URL;
    readonly session: LiveSession | undefined;
    readonly locale: Locale;
  }

  async function handle(request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> {
    const url = requestUrl(request);
    if (!url.pathname.startsWith(base) && url.pathname !== base.slice(0, -1)) {
      if (next) return next();
      throw new HttpError(404, 'registration.handler.not_found', 'Not found');
    }
    secure(response);
    const rest = url.pathname.slice(base.length);
    const asked = url.searchParams.get('lang');
    let session = await sessions.load(request);
    const locale: Locale = asked === 'cy' || asked === 'en' ? asked : (session?.data.locale ?? o.locale ?? 'en');
    if (session && session.data.locale !== locale) session = await sessions.keepLocale(response, session, locale);

    const route = routes.find(request.method, rest);
    const context = { request, response, url, session, locale };
    return route ? route.handle(context) : notFound(context);
  }

  async function resume({ response, url, locale }: RequestContext, saver: SaveAndReturn): Promise<void> {
    try {
      const token = url.searchParams.get('token') ?? '';
      const saved = await saver.resume(token, { locale });
      // A link for another journey (or an older version of this one) opens nothing here.
      if (saved.journeyId !== definition.id || saved.journeyVersion !== definition.version) throw new ResumeLinkError('invalid', locale);
      const checked = replayAnswers(journey, saved.answers, { locale, upTo: 'answered', ...today() });
      // The one GET that stores a session: it brings saved answers with it.
      const fresh = await sessions.save(sessions.startVisit(response, locale), {
        answers: checked.ok ? checked.answers : {},
        resumeToken: token,
      });
      return redirect(response, `${base}${journeyPath(journey, fresh.data.answers as Answers, today()).current}`);
    } catch (error) {
      if (!(error instanceof ResumeLinkError)) throw error;
      const t = createTranslator(journeyMessages, locale);
      return messagePage(response, error.reason === 'invalid' ? 400 : 410, locale, url, t('linkRefusedTitle'), error.message, {
        href: base,
        text: t('startAgain'),
      });
    }
  }

  function notFound({ response, url, locale }: RequestContext) {
    const t = createTranslator(journeyMessages, locale);
    return messagePage(response, 404, locale, url, t('pageNotFound'), t('pageNotFoundBody'), { href: base, text: t('startAgain') });
  }

  /** A page of the journey: shown on GET, answered on POST. */
  async function journeyPage({ request, response, url, session, locale }: RequestContext, pageId: string): Promise<void> {
    if (!session) {
      const fresh = sessions.startVisit(response, locale);
      if (pageId !== definition.start || request.method === 'POST') return redirect(response, `${base}${definition.start}`);
      return showPage(response, url, fresh, pageId);
    }

    if (pageId === confirmationId) {
      if (!session.data.submitted)
        return redirect(response, `${base}${journeyPath(journey, session.data.answers as Answers, today()).current}`);
      return showPage(response, url, session, pageId);
    }
    if (session.data.submitted) {
      // Sent already. Asking for the first page starts a new application; anything else (a second click
      // on "Accept and send", the back button) shows the confirmation again.
      if (pageId !== definition.start || !confirmationId) return redirect(response, `${base}${confirmationId ?? definition.start}`);
      sessions.startVisit(response, locale);
      return redirect(response, `${base}${definition.start}`);
    }
    const answers = session.data.answers as Answers;
    if (!isPageOnPath(journey, pageId, answers, today()))
      return redirect(response, `${base}${journeyPath(journey, answers, today()).current}`);

    if (request.method === 'GET' || request.method === 'HEAD') return showPage(response, url, session, pageId);
    if (request.method !== 'POST') throw new HttpError(405, 'registration.handler.method_not_allowed', 'Method not allowed');

    const body = await readBody(request, 'application/x-www-form-urlencoded', bodyLimit);
    if (checkFormShape(body, { maxFields: formFieldBudget(questionsOf(pageId)), maxKeyLength: MAX_KEY_LENGTH })) throw tooLarge();
    const form = new URLSearchParams(body);
    if (!sessions.isCsrfToken(session, form.get(CSRF_FIELD) ?? '')) {
      const t = createTranslator(journeyMessages, locale);
      return messagePage(response, 403, locale, url, t('pageNotSavedTitle'), t('sessionExpired'), {
        href: `${url.pathname}${url.search}`,
        text: t('continue'),
      });
    }
    const page = journey.pages.get(pageId);
    if (page?.type === 'checkAnswers') {
      try {
        const submission = await submitJourney(o.store, journey, answers, { idempotencyKey: submissionKey(session), now: clock() });
        await discardSavedCopies(session.data);
        await sessions.save(session, sent(submission)).catch((error: unknown) => {
          // A second click that arrived at the same moment already recorded this submission on the session.
          if (!(error instanceof ConflictError)) throw error;
        });
        return redirect(response, `${base}${page.next}`);
      } catch (error) {
        if (isCivicError(error) && error.code === 'registration.journey.incomplete') {
          return redirect(
            response,
            `${base}${missingPages(journey, answers, today())[0] ?? journeyPath(journey, answers, today()).current}`,
          );
        }
        throw error;
      }
    }
    if (page?.type !== 'question') return redirect(response, `${base}${journeyPath(journey, answers, today()).current}`);

    const posted = postedAnswers(page.questions, form);
    const action = pageAction(form);
    if (action.kind === 'add' || action.kind === 'remove') {
      return showPage(
        response,
        url,
        session,
        pageId,
        applyItemAction(postedAnswers(page.questions, form, { keepBlankItems: true }), action),
      );
    }
    if (action.kind === 'save' && saver) {
      // What is filled in correctly on this page is saved too; anything with a problem is left for later.
      const current = answerPage(journey, answers, pageId, posted, { locale, ...today() });
      const { token, expiresAt } = await saveForLater(current.ok ? current.answers : answers);
      // Post/Redirect/Get: the page with the link is fetched, so reloading it neither saves again nor asks to resend the form.
      await sessions.save(session, { savedLink: { token, expiresAt } }).catch((error: unknown) => {
        // A second click that arrived at the same moment saved too: the page shows the link it kept.
        if (!(error instanceof ConflictError)) throw error;
      });
      return redirect(response, `${base}save`);
    }
    const returnTo = url.searchParams.get('returnTo') ?? undefined;
    const result = answerPage(journey, answers, pageId, posted, { locale, ...today(), ...(returnTo ? { returnTo } : {}) });
    if (!result.ok) return showPage(response, url, session, pageId, posted, result.errors);
    await sessions.save(session, { answers: result.answers as Record<string, unknown> });
    return redirect(response, `${base}${result.next}${result.returnTo ? `?returnTo=${result.returnTo}` : ''}`);
  }

  /** The one idempotency key of a session's submission, whichever route sends it. */
  function submissionKey(session: LiveSession): string {
    return `session-${session.id}`;
  }

  /** What a session keeps once its answers are sent: the record holds them now, so only what the confirmation page shows. */
  function sent(submission: { reference: string; recordId: string }): Partial<Session> {
    return { answers: {}, submitted: { reference: submission.reference, recordId: submission.recordId }, savedLink: undefined };
  }

  /** Once the answers are sent, the saved copy behind the link they came back with is no longer needed. */
  /** Once the answers are sent, no saved copy of them may be resumed and sent again: the one resumed from, nor one saved in this visit. */
  async function discardSavedCopies(data: Session): Promise<void> {
    await discardSaved(data.resumeToken);
    if (data.savedLink && data.savedLink.token !== data.resumeToken) await discardSaved(data.savedLink.token);
  }

  async function discardSaved(token: string | undefined): Promise<void> {
    if (!token || !saver) return;
    await saver.discard(token, { actor: 'citizen' }).catch((error: unknown) => {
      // Already discarded or revoked: nothing is left to remove.
      if (!(error instanceof ResumeLinkError)) throw error;
    });
  }

  /** Saves the answers and hands the link to `onResumeLink`. */
  async function saveForLater(answers: Answers): Promise<{ token: string; url: string; expiresAt: string }> {
    const { token, expiresAt } = await (saver as SaveAndReturn).save(journey, answers);
    const url = resumeUrl(token);
    await o.onResumeLink?.({ url, expiresAt });
    return { token, url, expiresAt };
  }

  function resumeUrl(token: string): string {
    return `${new URL(o.publicUrl as string).origin}${base}resume?token=${encodeURIComponent(token)}`;
  }

  /** The page after "Save and come back later", from the link the session kept: the same link on every reload. */
  function showSaved(response: ServerResponse, url: URL, session: LiveSession | undefined, locale: Locale) {
    const saved = session?.data.savedLink;
    if (!session || !saved)
      return redirect(response, `${base}${journeyPath(journey, (session?.data.answers ?? {}) as Answers, today()).current}`);
    const link = resumeUrl(saved.token);
    const t = createTranslator(journeyMessages, locale);
    return messagePage(response, 200, locale, url, t('savedTitle'), t('savedBody', { date: formatExpiry(saved.expiresAt, locale) }), {
      href: link,
      text: link,
    });
  }

  /** The JSON body of a request from `<civic-journey>`, once its session and anti-forgery header check out; `undefined` after an error reply. */
  async function readJsonRequest<S extends z.ZodType>(
    request: IncomingMessage,
    response: ServerResponse,
    session: LiveSession | undefined,
    schema: S,
  ): Promise<z.output<S> | undefined> {
    if (!session || !sessions.isCsrfToken(session, String(request.headers['x-civic-csrf'] ?? ''))) {
      json(response, 403, {
        error: { code: 'registration.handler.forbidden', message: 'The session has ended or the request did not come from this service' },
      });
      return undefined;
    }
    const text = await readBody(request, 'application/json', bodyLimit);
    const shape = checkJsonShape(text, jsonLimits);
    if (shape) {
      json(response, 422, {
        error: {
          code: 'registration.handler.too_complex',
          message:
            shape === 'depth'
              ? 'The body nests deeper than this journey’s answers can'
              : shape === 'key'
                ? 'The body has a key longer than any this journey uses'
                : 'The body holds more values than this journey’s answers can',
        },
      });
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      json(response, 400, { error: { code: 'registration.handler.invalid_json', message: 'The request body must be JSON' } });
      return undefined;
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      json(response, 400, {
        error: {
          code: 'registration.handler.invalid_body',
          message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
        },
      });
      return undefined;
    }
    return parsed.data;
  }

  async function submitJson(request: IncomingMessage, response: ServerResponse, session: LiveSession | undefined) {
    const body = await readJsonRequest(
      request,
      response,
      session,
      z.strictObject({ answers: z.record(z.string(), z.unknown()), idempotencyKey: z.string().min(8).max(200) }),
    );
    if (!body || !session) return;
    const replay = safeReplay(body.answers as Answers, { locale: session.data.locale });
    if (!replay.ok)
      return json(response, 422, {
        error: { code: 'registration.handler.invalid_answers', message: 'Some answers are not valid', issues: replay.errors },
      });
    let submission: Awaited<ReturnType<typeof submitJourney>>;
    try {
      // The session's key, not the tab's: a second tab, a retry with a new key or the form route after this
      // one all find the submission this session already made, so a session sends once.
      submission = await submitJourney(o.store, journey, replay.answers, { idempotencyKey: submissionKey(session), now: clock() });
    } catch (error) {
      if (error instanceof ValidationError) return json(response, 422, { error: { code: error.code, message: error.message } });
      // This session already sent other answers (changed in another tab, or after sending): the first submission stands.
      if (error instanceof ConflictError) return json(response, 409, { error: { code: error.code, message: error.message } });
      throw error;
    }
    await discardSavedCopies(session.data);
    await sessions.save(session, sent(submission)).catch((error: unknown) => {
      // Another tab's request, at the same moment, already recorded this submission on the session.
      if (!(error instanceof ConflictError)) throw error;
    });
    return json(response, submission.created ? 201 : 200, { reference: submission.reference });
  }

  /** {@link replayAnswers}, with answers of the wrong shape reported as invalid rather than failing the request. */
  function safeReplay(answers: Answers, options: Parameters<typeof replayAnswers>[2]): ReturnType<typeof replayAnswers> {
    try {
      return replayAnswers(journey, answers, { ...today(), ...options });
    } catch (error) {
      if (!(error instanceof ValidationError) && !(error instanceof TypeError) && !(error instanceof RangeError)) throw error;
      return {
        ok: false,
        errors: [
          { path: [], code: 'registration.handler.invalid_answers', message: 'The answers are not in the shape this journey stores' },
        ],
      };
    }
  }

  async function saveJson(request: IncomingMessage, response: ServerResponse, session: LiveSession | undefined) {
    const body = await readJsonRequest(request, response, session, z.strictObject({ answers: z.record(z.string(), z.unknown()) }));
    if (!body || !session) return;
    // As on the form route, where every page shows the confirmation once sent: a link saved now could send the answers again.
    if (session.data.submitted)
      return json(response, 409, {
        error: {
          code: 'registration.handler.already_sent',
          message: 'These answers have been sent already: there is nothing left to save',
        },
      });
    const replay = safeReplay(body.answers as Answers, { locale: session.data.locale, upTo: 'answered' });
    if (!replay.ok)
      return json(response, 422, {
        error: { code: 'registration.handler.invalid_answers', message: 'Some answers are not valid', issues: replay.errors },
      });
    await sessions.save(session, { answers: replay.answers as Record<string, unknown> });
    const { url, expiresAt } = await saveForLater(replay.answers);
    return json(response, 201, { url, expiresAt });
  }

  const handler = async (request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> => {
    try {
      await handle(request, response, next);
    } catch (error) {
      if (error instanceof ConflictError && request.method === 'POST' && !response.headersSent && !isJsonRoute(request)) {
        // Two posts of one session at once (a double click on a slow line, two tabs): the other one was saved,
        // so show the page as it now stands rather than an error.
        return redirect(response, samePage(request));
      }
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined);
        return;
      }
      const status = error instanceof HttpError ? error.status : 500;
      secure(response);
      // The rest of a body too large to read is not waited for: the connection closes once the reply is sent.
      if (status === 413) response.setHeader('Connection', 'close');
      if (isJsonRoute(request)) {
        // The handler's own messages only, never an unexpected error's text: it could hold someone's answers.
        json(response, status, {
          error:
            error instanceof HttpError
              ? { code: error.code, message: error.message }
              : { code: 'registration.handler.failed', message: 'The service could not take the request' },
        });
        if (status === 500)
          console.error('registration-elements: the journey handler failed', error instanceof Error ? error.name : typeof error);
        return;
      }
      const asked = requestUrl(request).searchParams.get('lang');
      const locale: Locale = asked === 'cy' || asked === 'en' ? asked : (o.locale ?? 'en');
      const t = createTranslator(journeyMessages, locale);
      const here = new URL(samePage(request), 'http://journey.invalid');
      // Never the error's text: it could hold someone's answers. The page is GOV.UK's "problem with the service" page.
      try {
        if (status === 413)
          messagePage(response, status, locale, here, t('pageTooLargeTitle'), t('pageTooLargeBody'), {
            href: `${here.pathname}${here.search}`,
            text: t('goBackToPage'),
          });
        else messagePage(response, status, locale, here, t('problemTitle'), t('problemBody'), { href: base, text: t('startAgain') });
      } catch {
        response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(t('problemTitle'));
      }
      if (status === 500)
        console.error('registration-elements: the journey handler failed', error instanceof Error ? error.name : typeof error);
    }
  };
  return Object.assign(handler, { purgeExpiredSessions: () => sessions.purgeExpired() });
}

/** JSON that is safe inside a `<script type="application/json">`: no `</script>` or `<!--` can end it early. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
