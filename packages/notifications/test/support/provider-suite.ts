/**
 * The behaviour every {@link NotificationProvider} promises (see `src/provider.ts`), run by each
 * provider's own test file against the real thing behind it: the fake Notify server, the outbox in
 * storage, a real SMTP server. A new provider passes this suite before anything of its own.
 */
import { randomUUID } from 'node:crypto';
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import { MissingPersonalisationError, type NotificationProvider, type OutgoingMessage, type Template } from '../../src/index.js';

/** The template every run of the suite sends; a provider that maps templates to its own ids maps this one. */
export const suiteEmailTemplate: Template = {
  id: 'provider-suite-email',
  type: 'email',
  variants: { en: { subject: 'Your registration', body: 'Dear ((name)), thank you for registering.' } },
};

export interface ProviderHarness {
  readonly provider: NotificationProvider;
  /** How many messages have reached the system behind the provider (the server, the outbox), to count side effects. */
  delivered(): Promise<number>;
  /** An id in the provider's own format that names no message. */
  readonly unknownId?: string;
}

const RECIPIENT = 'sam.jones@example.com';
const NAME = 'Samira Jones-Okafor';

let counter = 0;
// Unique for the whole run, as a provider's references are; digits only at the end, so never a postcode.
const nextReference = (): string => `suite-${process.pid}-${++counter}`;

/** What a promise rejects with; a promise that resolves gives its value, which then fails the type checks. */
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.catch((error: unknown) => error);

/** Neither the recipient nor a personalisation value may appear in what a provider returns or throws. */
function expectNoPersonalData(value: unknown): void {
  const text = value instanceof Error ? `${value.message} ${JSON.stringify(value)}` : JSON.stringify(value);
  expect(text).not.toContain(RECIPIENT);
  expect(text).not.toContain(NAME);
}

export function runProviderSuite(name: string, setup: () => ProviderHarness | Promise<ProviderHarness>): void {
  describe(`${name} provider: the shared provider behaviour`, () => {
    const message = (template: Template, reference: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
      template,
      to: RECIPIENT,
      personalisation: { name: NAME },
      reference,
      ...extra,
    });

    it('sends a message, then finds it by id and by reference, with no personal data in either answer', async () => {
      const { provider, delivered } = await setup();
      const before = await delivered();
      const reference = nextReference();
      const sent = await provider.send(message(suiteEmailTemplate, reference));
      expect(sent).toMatchObject({ reference, alreadySent: false, locale: 'en' });
      expect(await delivered()).toBe(before + 1);
      const byId = await provider.status(sent.id);
      expect(byId).toMatchObject({ id: sent.id, reference, type: 'email' });
      expect(await provider.findByReference(reference)).toMatchObject({ id: sent.id, reference });
      for (const answer of [sent, byId]) expectNoPersonalData(answer);
    });

    it('does not send again when a retry finds the reference already sent', async () => {
      const { provider, delivered } = await setup();
      const reference = nextReference();
      const first = await provider.send(message(suiteEmailTemplate, reference));
      const before = await delivered();
      const retry = await provider.send(message(suiteEmailTemplate, reference), { attempt: 2 });
      expect(retry).toMatchObject({ id: first.id, reference, alreadySent: true });
      expect(await delivered()).toBe(before);
    });

    it('refuses a bad message with a typed error before anything is sent, naming no personal data', async () => {
      const { provider, delivered } = await setup();
      const before = await delivered();
      const refusals: [OutgoingMessage, string][] = [
        [message(suiteEmailTemplate, nextReference(), { to: 'not an address' }), 'notifications.invalid_recipient'],
        [message(suiteEmailTemplate, nextReference(), { personalisation: {} }), 'notifications.missing_personalisation'],
        // A reference is kept by the provider and shown to staff: an email address there is personal data.
        [message(suiteEmailTemplate, RECIPIENT), 'notifications.reference_personal_data'],
      ];
      for (const [bad, code] of refusals) {
        const error = await rejection(provider.send(bad));
        expect(error, code).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).code, code).toBe(code);
        if (code === 'notifications.missing_personalisation') expect(error).toBeInstanceOf(MissingPersonalisationError);
        expectNoPersonalData(error);
      }
      expect(await delivered()).toBe(before);
    });

    it('answers NotFoundError for an id it never gave, and nothing for a reference it never sent', async () => {
      const { provider, unknownId = randomUUID() } = await setup();
      const error = await rejection(provider.status(unknownId));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).code).toBe('notifications.not_found');
      expect(await provider.findByReference(nextReference())).toBeUndefined();
    });
  });
}
