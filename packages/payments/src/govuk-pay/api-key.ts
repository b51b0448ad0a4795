import { ValidationError } from '@civicbricks/core/errors';

/**
 * GOV.UK Pay API keys start `api_test_` or `api_live_`. Anything shown of a key
 * (in an error, a log line, `console.log(provider)`) is this form: the kind of
 * key and its length, never a character of the secret.
 */
export function redactApiKey(apiKey: string): string {
  const kind = /^api_(test|live)_/.exec(apiKey)?.[0] ?? '';
  return `${kind}[redacted, ${apiKey.length} characters]`;
}

/** Checks the key's form without echoing it. */
export function checkApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new ValidationError(
      'payments.govuk_pay.invalid_api_key',
      'Give the GOV.UK Pay API key (`apiKey`) from the "API keys" page of GOV.UK Pay',
      {
        path: ['apiKey'],
      },
    );
  }
  if (/\s/.test(apiKey) || apiKey.toLowerCase().startsWith('bearer')) {
    throw new ValidationError(
      'payments.govuk_pay.invalid_api_key',
      'The GOV.UK Pay API key must be the key alone, without "Bearer" or spaces',
      { path: ['apiKey'] },
    );
  }
  return apiKey;
}
