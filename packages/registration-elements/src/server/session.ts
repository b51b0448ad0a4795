/**
 * A visit to a journey: the signed cookie that names it, the answers stored for it (never in the cookie), its
 * anti-forgery token and its end. Until a visit sends its first answer nothing is stored for it, so crawlers
 * and people who only look leave no sessions behind. Node only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError, NotFoundError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import type { Store } from '@civicbricks/storage';
import { z } from 'zod';
import { readCookie } from './http.js';

/** Where a journey's sessions are kept: answers so far, never in the cookie. */
export const JOURNEY_SESSIONS = 'registration.journey_session';

const COOKIE = 'civic_journey';

const SessionSchema = z.strictObject({
  journeyId: z.string(),
  answers: z.record(z.string(), z.unknown()),
  locale: z.enum(['en', 'cy']),
  submitted: z.strictObject({ reference: z.string(), recordId: z.string() }).optional(),
  /** The link this session was resumed from: its saved answers are discarded once the answers are sent. */
  resumeToken: z.string().optional(),
  /**
   * The link this session's last "Save and come back later" made. Kept here, not in an address, so the page that
   * shows it can be fetched again (a reload, the back button) without saving again or leaking the link.
   */
  savedLink: z.strictObject({ token: z.string(), expiresAt: z.iso.datetime() }).optional(),
  expiresAt: z.iso.datetime(),
});
export type Session = z.output<typeof SessionSchema>;

/** A session as a request sees it: `version` is undefined while nothing is stored for it. */
export interface LiveSession {
  readonly id: string;
  readonly version: number | undefined;
  readonly data: Session;
}

export interface SessionOptions {
  readonly store: Store;
  /** Signs the cookie and the anti-forgery tokens. */
  readonly secret: Buffer;
  /** Signed into every cookie and token, so one journey's are refused by another sharing the secret. */
  readonly journeyId: string;
  /** The cookie's `Path`. */
  readonly basePath: string;
  /** How long a session lasts without activity. */
  readonly sessionMs: number;
  readonly secureCookie: boolean;
  readonly clock: () => Date;
}

export interface Sessions {
  /** The session the request's cookie names, if its signature holds and it has not lapsed. */
  load(request: IncomingMessage): Promise<LiveSession | undefined>;
  /** A new visit: a cookie and nothing stored. */
  startVisit(response: ServerResponse, locale: Locale): LiveSession;
  /** Stores the session: the first write of a visit inserts it under the cookie's id, later ones update it. */
  save(session: LiveSession, changes: Partial<Session>): Promise<LiveSession>;
  /** The language the person chose: kept on their stored session, or in the cookie of a visit with nothing stored. */
  keepLocale(response: ServerResponse, session: LiveSession, locale: Locale): Promise<LiveSession>;
  /** The anti-forgery token of a session's forms and `<civic-journey>` requests. */
  csrfToken(session: { readonly id: string }): string;
  /** Whether `given` is the session's anti-forgery token, compared in constant time. */
  isCsrfToken(session: { readonly id: string }, given: string): boolean;
  /** Deletes the sessions nobody has touched for their time; returns how many were deleted. */
  purgeExpired(): Promise<number>;
}

export function createSessions(options: SessionOptions): Sessions {
  const { clock, journeyId, sessionMs } = options;
  const sessions = options.store.collection(JOURNEY_SESSIONS, SessionSchema);

  // The journey's id is signed in, so a cookie or token of one journey is refused by another sharing the secret.
  const mac = (purpose: string, id: string) =>
    createHmac('sha256', options.secret).update(`civicbricks.journey.${purpose}\n${journeyId}\n${id}`).digest('base64url');

  /**
   * The cookie is `<id>.<expiry>.<locale>.<signature>`: until a visit sends its first answer nothing is stored
   * for it, so the signed cookie alone carries the id the anti-forgery token is tied to, when the visit lapses
   * and its language. Cookies of the older `<id>.<signature>` form name a stored session only.
   */
  async function load(request: IncomingMessage): Promise<LiveSession | undefined> {
    const parts = readCookie(request, COOKIE)?.split('.') ?? [];
    const signature = parts.pop();
    const signed = parts.join('.');
    const [id, expiry, locale] = parts;
    if (!id || !signature || !sameText(signature, mac('session', signed))) return undefined;
    const now = clock().getTime();
    const record = await sessions.get(id);
    if (record) return record.data.journeyId === journeyId && Date.parse(record.data.expiresAt) > now ? record : undefined;
    // A stored session never lapses before its visit did (see save), so once the purge has deleted
    // one, its visit has lapsed too and the id is never taken up again.
    const expiresAt = parseInt(expiry ?? '', 36);
    if (parts.length !== 3 || !(expiresAt > now) || (locale !== 'en' && locale !== 'cy')) return undefined;
    return visit(id, locale, expiresAt);
  }

  function visit(id: string, locale: Locale, expiresAt: number): LiveSession {
    return {
      id,
      version: undefined,
      data: { journeyId, answers: {}, locale, expiresAt: new Date(expiresAt).toISOString() },
    };
  }

  function startVisit(response: ServerResponse, locale: Locale): LiveSession {
    const session = visit(randomBytes(16).toString('hex'), locale, clock().getTime() + sessionMs);
    setCookie(response, session);
    return session;
  }

  function setCookie(response: ServerResponse, session: LiveSession) {
    const value = `${session.id}.${Date.parse(session.data.expiresAt).toString(36)}.${session.data.locale}`;
    const attributes = ['HttpOnly', 'SameSite=Lax', `Path=${options.basePath}`, ...(options.secureCookie ? ['Secure'] : [])];
    response.setHeader('Set-Cookie', `${COOKIE}=${value}.${mac('session', value)}; ${attributes.join('; ')}`);
  }

  async function save(session: LiveSession, changes: Partial<Session>): Promise<LiveSession> {
    // Never sooner than it was: a visit's cookie is good until its own expiry, so the session stored for it
    // must outlast that, whatever `sessionHours` has become since (see load).
    const expiresAt = new Date(Math.max(clock().getTime() + sessionMs, Date.parse(session.data.expiresAt))).toISOString();
    const data = { ...session.data, ...changes, expiresAt };
    return session.version === undefined ? sessions.insert(data, { id: session.id }) : sessions.update(session.id, session.version, data);
  }

  async function keepLocale(response: ServerResponse, session: LiveSession, locale: Locale): Promise<LiveSession> {
    if (session.version !== undefined) return save(session, { locale });
    const changed = { ...session, data: { ...session.data, locale } };
    setCookie(response, changed);
    return changed;
  }

  async function purgeExpired(): Promise<number> {
    const now = clock().getTime();
    let purged = 0;
    let cursor: string | undefined;
    do {
      const page = await sessions.list({ limit: 500, ...(cursor ? { cursor } : {}) });
      for (const record of page.items) {
        if (Date.parse(record.data.expiresAt) > now) continue;
        // Someone may have come back to it just now: a newer version means it is not abandoned.
        await sessions.delete(record.id, record.version).then(
          () => (purged += 1),
          (error: unknown) => {
            if (!(error instanceof ConflictError) && !(error instanceof NotFoundError)) throw error;
          },
        );
      }
      cursor = page.nextCursor;
    } while (cursor);
    return purged;
  }

  return {
    load,
    startVisit,
    save,
    keepLocale,
    csrfToken: (session) => mac('csrf', session.id),
    isCsrfToken: (session, given) => sameText(given, mac('csrf', session.id)),
    purgeExpired,
  };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
