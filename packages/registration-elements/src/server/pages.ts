/**
 * The journey's HTML pages, which work with JavaScript off: each page a plain form that posts back to itself,
 * the GOV.UK error pattern on a failed submit, check your answers, save and return, and the service's own
 * message pages ("Page not found", "Sorry, there is a problem"). Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError, isCivicError } from '@civicbricks/core/errors';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import {
  answerPage,
  isPageOnPath,
  journeyPath,
  localText,
  missingPages,
  RETURN_TO_CHECK_ANSWERS,
  type AnswerError,
  type Answers,
} from '@civicbricks/registration';
import { ResumeLinkError, type SaveAndReturn } from '@civicbricks/registration/store';
import { applyItemAction, CSRF_FIELD, inputsFromAnswers, pageAction, postedAnswers, type RawInput } from '../form.js';
import { formatExpiry, journeyMessages } from '../messages.js';
import { pageModel, previousPageId, type PageModel } from '../model.js';
import { escapeHtml, JOURNEY_BACK_LINK_ID, renderBackLinkSlot, renderPageHtml } from '../render-html.js';
import { replayAnswers } from '../replay.js';
import { JOURNEY_STATE_ATTRIBUTE, type JourneyState } from '../state.js';
import { renderDocument } from './document.js';
import { HttpError, readBody, redirect, requestUrl, tooLarge } from './http.js';
import { checkFormShape, formFieldBudget, MAX_KEY_LENGTH } from './limits.js';
import type { JourneyService, RequestContext } from './service.js';
import type { Session } from './session.js';

/** A page id that can be part of an address: the route table serves only these. */
export const PAGE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export interface Pages {
  /** A page of the journey: shown on GET, answered on POST. */
  journeyPage(context: RequestContext, pageId: string): Promise<void>;
  /** Opens a "Save and come back later" link: a new session with the saved answers. */
  resume(context: RequestContext, saveAndReturn: SaveAndReturn): Promise<void>;
  /** The page after "Save and come back later", from the link the session kept: the same link on every reload. */
  showSaved(context: RequestContext): void;
  notFound(context: RequestContext): void;
  problemPage(request: IncomingMessage, response: ServerResponse, status: number): void;
  /** This journey's page the request was for (only ever a path under `basePath`), to send the person back to it. */
  samePage(request: IncomingMessage): string;
}

export function createPages(service: JourneyService): Pages {
  const { journey, sessions, saver, bodyLimit, today } = service;
  const definition = journey.definition;
  const base = service.basePath;
  const confirmationId = definition.pages.find((page) => page.type === 'confirmation')?.id;

  function sendDocument(
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
      title: `${errors ? t('errorTitlePrefix') : ''}${title} – ${service.serviceName ?? localText(definition.title, locale)}`,
      serviceName: service.serviceName ?? localText(definition.title, locale),
      organisationName: service.organisationName,
      serviceUrl: base,
      stylesheets: service.stylesheets,
      scripts: service.scripts,
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
    sendDocument(
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
      serviceName: service.serviceName ?? localText(definition.title, locale),
      ...(returnTo ? { returnTo } : {}),
      ...(errors.length > 0 ? { errors } : {}),
      ...(session.data.submitted ? { reference: session.data.submitted.reference } : {}),
    };
    // The back link goes before <main>, where <civic-journey> keeps it once it runs the pages.
    const main =
      `<civic-journey back-link-target="${JOURNEY_BACK_LINK_ID}"><script type="application/json" ${JOURNEY_STATE_ATTRIBUTE}>${jsonForHtml(state)}</script>` +
      `<div data-civic-ssr>${renderPageHtml(model, { locale, csrfToken })}</div></civic-journey>`;
    const beforeContent = renderBackLinkSlot(previous ? `${base}${previous}` : undefined, locale);
    sendDocument(response, status, locale, model.title, main, url, errors.length > 0, beforeContent);
  }

  function questionsOf(pageId: string) {
    const page = journey.pages.get(pageId);
    return page?.type === 'question' ? page.questions : [];
  }

  async function resume({ response, url, locale }: RequestContext, saveAndReturn: SaveAndReturn): Promise<void> {
    try {
      const token = url.searchParams.get('token') ?? '';
      const saved = await saveAndReturn.resume(token, { locale });
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
        await service.recordSent(session, await service.submit(session, answers));
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
      const { token, expiresAt } = await service.saveForLater(current.ok ? current.answers : answers);
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

  /** The page after "Save and come back later", from the link the session kept: the same link on every reload. */
  function showSaved({ response, url, session, locale }: RequestContext) {
    const saved = session?.data.savedLink;
    if (!session || !saved)
      return redirect(response, `${base}${journeyPath(journey, (session?.data.answers ?? {}) as Answers, today()).current}`);
    const link = service.resumeUrl(saved.token);
    const t = createTranslator(journeyMessages, locale);
    return messagePage(response, 200, locale, url, t('savedTitle'), t('savedBody', { date: formatExpiry(saved.expiresAt, locale) }), {
      href: link,
      text: link,
    });
  }

  /** GOV.UK's "problem with the service" page, or its "too large" page, for a request that failed. */
  function problemPage(request: IncomingMessage, response: ServerResponse, status: number) {
    const asked = requestUrl(request).searchParams.get('lang');
    const locale: Locale = asked === 'cy' || asked === 'en' ? asked : (service.locale ?? 'en');
    const t = createTranslator(journeyMessages, locale);
    const here = new URL(samePage(request), 'http://journey.invalid');
    // Never the error's text: it could hold someone's answers.
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
  }

  return { journeyPage, resume, showSaved, notFound, problemPage, samePage };
}

/** JSON that is safe inside a `<script type="application/json">`: no `</script>` or `<!--` can end it early. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
