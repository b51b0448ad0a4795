import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnavailableError } from '../src/errors.js';
import { requestJson, unexpectedResponseError, unreachableError } from '../src/http.js';

// A real HTTP server on loopback, so fetch's own failure modes (a dropped socket, a held answer) are what is tested.
let server: Server;
let base: string;
const seen: { method: string | undefined; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method, headers: request.headers, body });
      if (request.url === '/json') response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"a1"}');
      else if (request.url === '/empty') response.writeHead(204).end();
      else if (request.url === '/html') response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
      else if (request.url === '/drop') request.socket.destroy();
      // '/hold' never answers
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('requestJson', () => {
  it('sends JSON with the caller’s headers and reads a JSON answer', async () => {
    const outcome = await requestJson(fetch, {
      method: 'POST',
      url: `${base}/json`,
      headers: { authorization: 'Bearer k' },
      body: { amount: 100 },
      timeoutMs: 5_000,
    });
    expect(outcome).toEqual({ kind: 'response', status: 201, body: { id: 'a1' } });
    const request = seen.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.headers).toMatchObject({ authorization: 'Bearer k', 'content-type': 'application/json', accept: 'application/json' });
    expect(request?.body).toBe('{"amount":100}');
  });

  it('gives an empty or unreadable body as undefined, with the status', async () => {
    expect(await requestJson(fetch, { method: 'GET', url: `${base}/empty`, timeoutMs: 5_000 })).toEqual({
      kind: 'response',
      status: 204,
      body: undefined,
    });
    expect(await requestJson(fetch, { method: 'GET', url: `${base}/html`, timeoutMs: 5_000 })).toEqual({
      kind: 'response',
      status: 502,
      body: undefined,
    });
    expect(seen.at(-1)?.headers['content-type']).toBeUndefined();
  });

  it('tells a time-out from a dropped connection', async () => {
    const held = await requestJson(fetch, { method: 'GET', url: `${base}/hold`, timeoutMs: 200 });
    expect(held).toMatchObject({ kind: 'failed', reason: 'timeout' });
    const dropped = await requestJson(fetch, { method: 'GET', url: `${base}/drop`, timeoutMs: 5_000 });
    expect(dropped).toMatchObject({ kind: 'failed', reason: 'network' });
  });

  it('rethrows when the caller aborts, since the caller gave up and no outcome is wanted', async () => {
    const controller = new AbortController();
    const pending = requestJson(fetch, { method: 'GET', url: `${base}/hold`, timeoutMs: 5_000, signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down');
  });
});

describe('the errors for no answer and an unreadable answer', () => {
  const wording = { codePrefix: 'payments.govuk_pay', service: 'GOV.UK Pay', afterTimeout: 'the request may have worked' };

  it('names the service and keeps the cause, as retryable UnavailableErrors', () => {
    const cause = new Error('socket hang up');
    const timeout = unreachableError({ kind: 'failed', reason: 'timeout', cause }, wording);
    expect(timeout).toBeInstanceOf(UnavailableError);
    expect(timeout).toMatchObject({ code: 'payments.govuk_pay.timeout', retryable: true, cause });
    expect(timeout.message).toBe('GOV.UK Pay did not answer in time; the request may have worked');
    const network = unreachableError({ kind: 'failed', reason: 'network', cause }, wording);
    expect(network).toMatchObject({ code: 'payments.govuk_pay.unreachable' });
    expect(network.message).toBe('Could not reach GOV.UK Pay (the connection failed or dropped)');
    const unreadable = unexpectedResponseError(502, wording);
    expect(unreadable).toMatchObject({ code: 'payments.govuk_pay.unexpected_response', retryable: true });
    expect(unreadable.message).toBe('GOV.UK Pay answered 502 with a body we could not read');
  });
});
