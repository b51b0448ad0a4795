/**
 * What the pages and the JSON API of one journey handler share: the journey and its settings, its sessions, and
 * how a session's answers are sent or saved for later, so both routes do it the same way. Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConflictError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import type { Answers, Journey } from '@civicbricks/registration';
import { ResumeLinkError, submitJourney, type SaveAndReturn, type Submission } from '@civicbricks/registration/store';
import type { Store } from '@civicbricks/storage';
import type { LiveSession, Session, Sessions } from './session.js';

/** The handler's settings, once its options are checked and their defaults filled in. */
export interface ServiceSettings {
  readonly journey: Journey;
  readonly store: Store;
  readonly sessions: Sessions;
  /** Present when the journey offers "Save and come back later". */
  readonly saver: SaveAndReturn | undefined;
  readonly basePath: string;
  readonly organisationName: string;
  readonly serviceName: string | undefined;
  /** The language people start in, when neither the address nor their session says. */
  readonly locale: Locale | undefined;
  readonly stylesheets: readonly string[];
  readonly scripts: readonly string[];
  readonly publicUrl: string | undefined;
  readonly onResumeLink: ((link: { url: string; expiresAt: string }) => Promise<void> | void) | undefined;
  readonly clock: () => Date;
  /** The largest body a post may have, in bytes. */
  readonly bodyLimit: number;
}

export interface JourneyService extends ServiceSettings {
  /** Today by the handler's clock, for the journey's date rules and routes ("at least 16 years ago"). */
  today(): { today: Date };
  /** Stores the session's answers as one record, however many times and by whichever route it sends them. */
  submit(session: LiveSession, answers: Answers): Promise<Submission>;
  /** Marks the session sent and discards the saved copies of its answers. */
  recordSent(session: LiveSession, submission: Submission): Promise<void>;
  /** Saves the answers and hands the link to `onResumeLink`. */
  saveForLater(answers: Answers): Promise<{ token: string; url: string; expiresAt: string }>;
  resumeUrl(token: string): string;
}

/** What a route is given: the request, and the session and language worked out for it. */
export interface RequestContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly url: URL;
  readonly session: LiveSession | undefined;
  readonly locale: Locale;
}

export function createJourneyService(settings: ServiceSettings): JourneyService {
  const { journey, saver, sessions, clock } = settings;

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

  function resumeUrl(token: string): string {
    return `${new URL(settings.publicUrl as string).origin}${settings.basePath}resume?token=${encodeURIComponent(token)}`;
  }

  return {
    ...settings,
    today: () => ({ today: clock() }),
    // The session's key, not the tab's: a second tab, a retry with a new key or the other route after this
    // one all find the submission this session already made, so a session sends once.
    submit: (session, answers) =>
      submitJourney(settings.store, journey, answers, { idempotencyKey: `session-${session.id}`, now: clock() }),
    async recordSent(session, submission) {
      await discardSavedCopies(session.data);
      // The record holds the answers now, so the session keeps only what the confirmation page shows.
      const sent = { answers: {}, submitted: { reference: submission.reference, recordId: submission.recordId }, savedLink: undefined };
      await sessions.save(session, sent).catch((error: unknown) => {
        // Another request of this session at the same moment (a second click, another tab) already recorded it.
        if (!(error instanceof ConflictError)) throw error;
      });
    },
    async saveForLater(answers) {
      const { token, expiresAt } = await (saver as SaveAndReturn).save(journey, answers);
      const url = resumeUrl(token);
      await settings.onResumeLink?.({ url, expiresAt });
      return { token, url, expiresAt };
    },
    resumeUrl,
  };
}
