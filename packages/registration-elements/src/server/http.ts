/**
 * The plain HTTP the journey handler speaks: errors that carry a status, bodies read within a limit, cookies,
 * redirects and JSON replies. Nothing here knows about journeys. Node only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A failure the handler answers with its own status and message, never an unexpected error's text. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A post bigger than any page or `<civic-journey>` could send: refused before it is parsed. */
export function tooLarge(): HttpError {
  return new HttpError(413, 'registration.handler.too_large', 'The request is larger than this journey’s pages can send');
}

/** The request's address, resolved on a host that is never used: only its path and query are read. */
export function requestUrl(request: IncomingMessage): URL {
  return new URL(request.url ?? '/', 'http://journey.invalid');
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The size a request says its body has: 0 for none, `Infinity` for a length that is not a number. */
export function declaredLength(request: IncomingMessage): number {
  const length = request.headers['content-length'];
  return length === undefined ? 0 : /^\d+$/.test(length) ? Number(length) : Infinity;
}

/** The body as text, once its media type is `type` and it is no longer than `limit` bytes. */
export async function readBody(request: IncomingMessage, type: string, limit: number): Promise<string> {
  const given = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (given !== type) throw new HttpError(415, 'registration.handler.unsupported_media_type', `Send ${type}`);
  // Refused on its declared size before a byte of it is read; a body that says less is cut off as it arrives.
  if (declaredLength(request) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

export function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
