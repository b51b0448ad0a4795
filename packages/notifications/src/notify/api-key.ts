import { SignJWT } from 'jose';
import { ValidationError } from '@civicbricks/core/errors';

/** The two halves of a Notify API key. Never log either. */
export interface NotifyCredentials {
  readonly serviceId: string;
  readonly secret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Splits a Notify API key (`{key name}-{service id}-{secret key}`): the last 73
 * characters are the service id (36), a hyphen and the secret (36).
 */
export function parseApiKey(apiKey: unknown): NotifyCredentials {
  if (typeof apiKey !== 'string' || apiKey.length < 73) {
    throw new ValidationError('notifications.notify.invalid_api_key', 'The Notify API key is not in the form `name-serviceid-secret`', {
      path: ['apiKey'],
    });
  }
  const tail = apiKey.slice(-73);
  const serviceId = tail.slice(0, 36);
  const secret = tail.slice(37);
  if (tail[36] !== '-' || !UUID.test(serviceId) || !UUID.test(secret)) {
    throw new ValidationError('notifications.notify.invalid_api_key', 'The Notify API key is not in the form `name-serviceid-secret`', {
      path: ['apiKey'],
    });
  }
  return { serviceId, secret };
}

/** A bearer token for one request: HS256, `iss` the service id, `iat` now in whole seconds. */
export async function createNotifyToken(credentials: NotifyCredentials, now: Date): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(credentials.serviceId)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(new TextEncoder().encode(credentials.secret));
}
