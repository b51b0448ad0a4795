/**
 * The JSON routes `<civic-journey>` posts to once it runs the pages in the browser: `submit` sends the finished
 * answers, checked again here before they are stored, and `save` makes a "Save and come back later" link.
 * Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError, ValidationError } from '@civicbricks/core/errors';
import type { Answers } from '@civicbricks/registration';
import type { Submission } from '@civicbricks/registration/store';
import { z } from 'zod';
import { replayAnswers } from '../replay.js';
import { HttpError, json, readBody, requestUrl } from './http.js';
import { checkJsonShape, jsonValueBudget, MAX_JSON_DEPTH, MAX_KEY_LENGTH } from './limits.js';
import type { JourneyService, RequestContext } from './service.js';
import type { LiveSession } from './session.js';

export interface Api {
  submit(context: RequestContext): Promise<void>;
  save(context: RequestContext): Promise<void>;
  /** Whether the request is for a JSON route, which is answered in JSON whatever happens, failures included. */
  isApiRequest(request: IncomingMessage): boolean;
  /** The reply to a request that failed: the handler's own messages only, never an unexpected error's text. */
  failed(response: ServerResponse, status: number, error: unknown): void;
}

export function createApi(service: JourneyService): Api {
  const { journey, sessions, bodyLimit, today } = service;
  const base = service.basePath;
  const jsonLimits = { maxValues: jsonValueBudget(journey), maxDepth: MAX_JSON_DEPTH, maxKeyLength: MAX_KEY_LENGTH };

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

  async function submitJson({ request, response, session }: RequestContext): Promise<void> {
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
    let submission: Submission;
    try {
      submission = await service.submit(session, replay.answers);
    } catch (error) {
      if (error instanceof ValidationError) return json(response, 422, { error: { code: error.code, message: error.message } });
      // This session already sent other answers (changed in another tab, or after sending): the first submission stands.
      if (error instanceof ConflictError) return json(response, 409, { error: { code: error.code, message: error.message } });
      throw error;
    }
    await service.recordSent(session, submission);
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

  async function saveJson({ request, response, session }: RequestContext): Promise<void> {
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
    const { url, expiresAt } = await service.saveForLater(replay.answers);
    return json(response, 201, { url, expiresAt });
  }

  function isApiRequest(request: IncomingMessage): boolean {
    const path = requestUrl(request).pathname;
    return path === `${base}submit` || path === `${base}save`;
  }

  function failed(response: ServerResponse, status: number, error: unknown) {
    // The handler's own messages only, never an unexpected error's text: it could hold someone's answers.
    json(response, status, {
      error:
        error instanceof HttpError
          ? { code: error.code, message: error.message }
          : { code: 'registration.handler.failed', message: 'The service could not take the request' },
    });
  }

  return { submit: submitJson, save: saveJson, isApiRequest, failed };
}
