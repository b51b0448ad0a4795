/**
 * The manifest's "on submission send ..." rules, run by the outbox worker. Registration writes a
 * `registration.submitted` event in the same transaction as the submission; the handler here turns it into the
 * notifications the rules ask for, queued through the notifications brick in one transaction with idempotency
 * keys named after the rule and the submission, so a retried event never queues a message twice. The
 * notifications brick's own handler then delivers them: to the outbox provider (stored for staff to read) by
 * default, or GOV.UK Notify when a key is set.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '@civicbricks/core/i18n';
import { placeholderKey, placeholderNames, type Personalisation, type Template } from '@civicbricks/notifications';
import { queueNotification } from '@civicbricks/notifications/outbox';
import { getSubmission, SUBMITTED_TOPIC, type SubmittedEvent } from '@civicbricks/registration/store';
import { JOURNEY_SESSIONS } from '@civicbricks/registration-elements/server';
import type { OutboxHandler, Store } from '@civicbricks/storage';
import { z } from 'zod';
import type { ServiceDefinition } from '../manifest/load.js';
import { shownAnswers } from './answers.js';
import { localText } from './layout.js';

const EventSchema = z.object({ recordId: z.string(), reference: z.string(), journeyId: z.string() });
const SessionLocale = z.object({ journeyId: z.string(), locale: z.enum(['en', 'cy']) }).loose();

/** The outbox handler for submissions: queues the messages the manifest's `submitted` rules send. */
export function submittedHandler(definition: ServiceDefinition, store: Store): Record<string, OutboxHandler> {
  const { manifest } = definition;
  return {
    [SUBMITTED_TOPIC]: async (message) => {
      const event = EventSchema.parse(message.payload) satisfies Pick<SubmittedEvent, 'recordId' | 'reference' | 'journeyId'>;
      const entry = definition.journeys.find((j) => j.journey.definition.id === event.journeyId);
      if (!entry) return;
      const rules = (manifest.notifications?.send ?? []).filter((rule) => rule.on === 'submitted' && rule.journey === entry.id);
      if (rules.length === 0) return;
      const submission = await getSubmission(store, event.recordId);
      if (!submission) return;
      const answers = submission.answers;
      const locale = manifest.languages.includes('cy') ? await localeOf(store, event.journeyId, event.recordId) : 'en';
      const shown = new Map(shownAnswers(entry, answers, locale).map((answer) => [answer.questionId, answer.value]));
      await store.transaction(async (tx) => {
        for (const [index, rule] of rules.entries()) {
          const template = definition.templates.get(rule.template) as Template;
          const to = rule.to === undefined ? undefined : answers[rule.to];
          // The question was optional and left empty: nobody to send this one to.
          if (typeof to !== 'string' || to.trim() === '') continue;
          await queueNotification(tx, {
            template,
            to,
            locale,
            personalisation: personalise(template, rule.personalisation ?? {}, shown, {
              reference: event.reference,
              'service name': localText(manifest.name, locale),
              'organisation name': manifest.organisation.name,
            }),
            idempotencyKey: `service.submitted:${index}:${rule.template}:${event.recordId}`,
          });
        }
      });
    },
  };
}

function personalise(
  template: Template,
  mapping: Readonly<Record<string, string>>,
  shown: ReadonlyMap<string, string>,
  builtIn: Readonly<Record<string, string>>,
): Personalisation {
  const byKey = new Map([...shown].map(([id, value]) => [placeholderKey(id), value]));
  const mapped = new Map(Object.entries(mapping).map(([name, question]) => [placeholderKey(name), question]));
  const builtInByKey = new Map(Object.entries(builtIn).map(([name, value]) => [placeholderKey(name), value]));
  const values: Record<string, string> = {};
  const texts = Object.values(template.variants).flatMap((variant) => (variant ? [variant.subject ?? '', variant.body] : []));
  for (const name of placeholderNames(...texts)) {
    const key = placeholderKey(name);
    const question = mapped.get(key);
    // An optional question left empty still fills its placeholder, with nothing, rather than holding the message up.
    values[name] = builtInByKey.get(key) ?? (question !== undefined ? shown.get(question) : byKey.get(key)) ?? '';
  }
  return values;
}

/**
 * The language the person used: their journey session says. Registration names a submission after its session
 * (`session-<id>` is the idempotency key), so the session whose name gives this record id is theirs.
 */
async function localeOf(store: Store, journeyId: string, recordId: string): Promise<Locale> {
  const sessions = store.collection(JOURNEY_SESSIONS, SessionLocale);
  let cursor: string | undefined;
  do {
    const page = await sessions.list({ where: { journeyId }, limit: 500, order: 'desc', ...(cursor ? { cursor } : {}) });
    for (const record of page.items) {
      const id = `sub-${createHash('sha256').update(`${journeyId}\nsession-${record.id}`).digest('hex')}`;
      if (id === recordId) return record.data.locale;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return 'en';
}
