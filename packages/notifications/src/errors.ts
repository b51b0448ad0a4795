import { UnavailableError, ValidationError, type CivicErrorOptions } from '@civicbricks/core/errors';
import { createTranslator } from '@civicbricks/core/i18n';
import { notificationMessages } from './messages.js';
import { SMS_MAX_LENGTH } from './sms.js';

const t = createTranslator(notificationMessages, 'en');

/** A message cannot be sent because placeholders have no value. `missing` lists them as the template spells them. */
export class MissingPersonalisationError extends ValidationError {
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    const issues = missing.map((name) => ({
      code: 'notifications.missing_personalisation',
      path: ['personalisation', name],
      message: t('error.missingOne', { name }),
    }));
    super('notifications.missing_personalisation', t('error.missingPersonalisation', { names: missing.join(', ') }), {
      path: ['personalisation'],
      issues,
    });
    this.missing = Object.freeze([...missing]);
  }
}

/** A text message is longer than Notify will send (918 characters, counted as Notify counts). */
export class SmsTooLongError extends ValidationError {
  readonly length: number;
  readonly limit: number;

  constructor(length: number) {
    super('notifications.sms_too_long', t('error.smsTooLong', { length, max: SMS_MAX_LENGTH }), { path: ['personalisation'] });
    this.length = length;
    this.limit = SMS_MAX_LENGTH;
  }
}

/** Which limit was hit: Notify's per-minute limit, Notify's daily limit, or our own client-side limit. */
export type RateLimitScope = 'minute' | 'daily' | 'client';

/** Too many messages: try again after `retryAfter`. */
export class RateLimitError extends UnavailableError {
  readonly retryAfter: Date;
  readonly scope: RateLimitScope;

  constructor(code: string, message: string, retryAfter: Date, scope: RateLimitScope, options: CivicErrorOptions = {}) {
    super(code, message, options);
    this.retryAfter = retryAfter;
    this.scope = scope;
  }
}

/** An email links to a host the service does not allow (`allowedLinkHosts`). `hosts` lists them. */
export class DisallowedLinkError extends ValidationError {
  readonly hosts: readonly string[];

  constructor(hosts: readonly string[]) {
    const distinct = [...new Set(hosts)];
    super(
      'notifications.link_host_not_allowed',
      `The email links to ${distinct.join(', ')}, which this service does not allow: change the template's links, or add the host to allowedLinkHosts.`,
      { path: ['template'] },
    );
    this.hosts = Object.freeze(distinct);
  }
}
