/**
 * One JSON request to an external HTTP API, for the adapters of GOV.UK Notify and GOV.UK Pay: a time
 * limit of its own, the caller's abort signal honoured, and every way it can end told apart, so each
 * adapter decides what to retry from the same facts. A caller's abort is rethrown (the caller gave up);
 * a time-out or a dropped connection is an outcome, since the request may still have worked.
 */
import { UnavailableError } from './errors.js';

/** How a request ended: an answer (its body parsed as JSON, or `undefined` when empty or unreadable), or no answer. */
export type HttpOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'failed'; readonly reason: 'timeout' | 'network'; readonly cause: unknown };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface JsonRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** Sent as given; `accept` and, with a body, `content-type` are JSON unless set here. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised with `JSON.stringify`. */
  readonly body?: unknown;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

export async function requestJson(fetch: FetchLike, request: JsonRequest): Promise<HttpOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  const signals = request.signal ? [request.signal, timeout.signal] : [timeout.signal];
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.any(signals),
    });
    return { kind: 'response', status: response.status, body: parseJson(await response.text()) };
  } catch (cause) {
    if (request.signal?.aborted) throw cause;
    return { kind: 'failed', reason: timeout.signal.aborted ? 'timeout' : 'network', cause };
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Words for an API that could not be heard from, in the adapter's own codes (`<prefix>.timeout`, `<prefix>.unreachable`). */
export interface UnreachableWording {
  readonly codePrefix: string;
  /** The API's name as a person knows it: "GOV.UK Pay". */
  readonly service: string;
  /** What a time-out may mean for the caller: "the message may have been sent". */
  readonly afterTimeout: string;
}

/** The typed error for a request that got no answer. */
export function unreachableError(outcome: Extract<HttpOutcome, { kind: 'failed' }>, wording: UnreachableWording): UnavailableError {
  return outcome.reason === 'timeout'
    ? new UnavailableError(`${wording.codePrefix}.timeout`, `${wording.service} did not answer in time; ${wording.afterTimeout}`, {
        cause: outcome.cause,
      })
    : new UnavailableError(`${wording.codePrefix}.unreachable`, `Could not reach ${wording.service} (the connection failed or dropped)`, {
        cause: outcome.cause,
      });
}

/** The typed error for an answer whose body could not be read. */
export function unexpectedResponseError(status: number, wording: Pick<UnreachableWording, 'codePrefix' | 'service'>): UnavailableError {
  return new UnavailableError(
    `${wording.codePrefix}.unexpected_response`,
    `${wording.service} answered ${status} with a body we could not read`,
  );
}
