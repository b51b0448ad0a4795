/**
 * A local stand-in for GOV.UK Notify's API v2, checking every request against
 * the documented contract: path and method, JSON body fields and types, and
 * the JWT (HS256, signed with the service's secret, `iss` the service id,
 * `iat` within 30 seconds of the server's clock). It answers as Notify does,
 * and can inject faults into the next requests.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { z } from 'zod';

export interface FakeService {
  readonly serviceId: string;
  readonly secret: string;
}

export type Fault =
  /** Record the message, then never answer (the client times out). */
  | 'timeout'
  /** 429 RateLimitError, nothing recorded. */
  | 'rate-limit'
  /** 429 TooManyRequestsError (daily limit), nothing recorded. */
  | 'daily-limit'
  /** Record the message, then answer 500. */
  | 'error-after-record'
  /** 500 before recording anything. */
  | 'server-error'
  /** Record the message, then drop the connection without an answer. */
  | 'drop';

export interface RecordedMessage {
  readonly id: string;
  readonly type: 'email' | 'sms' | 'letter';
  readonly serviceId: string;
  readonly templateId: string;
  readonly reference: string | null;
  readonly to: string;
  readonly personalisation: Record<string, unknown>;
  readonly body: Record<string, unknown>;
  readonly createdAt: string;
  status: string;
}

export interface RequestLog {
  readonly method: string;
  readonly path: string;
  readonly status: number | 'no answer';
}

export interface FakeNotify {
  readonly url: string;
  readonly messages: RecordedMessage[];
  readonly requests: RequestLog[];
  /** Faults for the next send requests, used in order. */
  readonly faults: Fault[];
  close(): Promise<void>;
}

export interface FakeNotifyOptions {
  readonly services: readonly FakeService[];
  /** Template ids the fake knows, with their type. */
  readonly templates: Readonly<Record<string, 'email' | 'sms' | 'letter'>>;
  readonly clock?: () => Date;
  /** Called for each send request when `faults` is empty: return a fault to inject one at random. */
  readonly injectFault?: () => Fault | undefined;
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const personalisation = z.record(z.string(), z.unknown());
const common = { template_id: uuid, personalisation: personalisation.optional(), reference: z.string().optional() };
const schemas = {
  email: z.strictObject({
    email_address: z.email(),
    ...common,
    email_reply_to_id: uuid.optional(),
    one_click_unsubscribe_url: z.url().optional(),
  }),
  sms: z.strictObject({ phone_number: z.string().min(1), ...common, sms_sender_id: uuid.optional() }),
  letter: z.strictObject({
    template_id: uuid,
    reference: z.string().optional(),
    personalisation: personalisation.refine(
      (values) => ['address_line_1', 'address_line_2', 'address_line_3'].every((key) => typeof values[key] === 'string'),
      'personalisation address_line_1, address_line_2 and address_line_3 are required',
    ),
  }),
};

export async function startFakeNotify(options: FakeNotifyOptions): Promise<FakeNotify> {
  const clock = options.clock ?? (() => new Date());
  const messages: RecordedMessage[] = [];
  const requests: RequestLog[] = [];
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorBody(500, 'Exception', 'Internal server error'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function send(res: ServerResponse, status: number, body: unknown, req?: IncomingMessage): void {
    if (req) requests.push({ method: req.method ?? '', path: req.url ?? '', status });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  async function authenticate(req: IncomingMessage): Promise<{ serviceId: string } | string> {
    const header = req.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) return 'Unauthorized: authentication token must be provided';
    const token = header.slice('Bearer '.length);
    try {
      const protectedHeader = decodeProtectedHeader(token);
      if (protectedHeader.alg !== 'HS256' || protectedHeader.typ !== 'JWT') return 'Invalid token: algorithm used is not HS256';
      const claims = decodeJwt(token);
      const service = options.services.find((candidate) => candidate.serviceId === claims.iss);
      if (!service) return 'Invalid token: service not found';
      const { payload } = await jwtVerify(token, new TextEncoder().encode(service.secret), {
        algorithms: ['HS256'],
        issuer: service.serviceId,
        currentDate: clock(),
        clockTolerance: 30,
      });
      if (typeof payload.iat !== 'number' || !Number.isInteger(payload.iat)) return 'Invalid token: iat must be whole seconds';
      if (Math.abs(clock().getTime() / 1000 - payload.iat) > 30) {
        return 'Error: Your system clock must be accurate to within 30 seconds';
      }
      return { serviceId: service.serviceId };
    } catch {
      return 'Invalid token: signature, api token not found';
    }
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const auth = await authenticate(req);
    if (typeof auth === 'string') {
      await readBody(req);
      send(res, 403, errorBody(403, 'AuthError', auth), req);
      return;
    }
    const sendMatch = /^\/v2\/notifications\/(email|sms|letter)$/.exec(url.pathname);
    if (sendMatch && req.method === 'POST') {
      const type = sendMatch[1] as 'email' | 'sms' | 'letter';
      const raw = await readBody(req);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        send(res, 400, errorBody(400, 'BadRequestError', 'Content-Type must be application/json'), req);
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        send(res, 400, errorBody(400, 'BadRequestError', 'Invalid JSON supplied in POST data'), req);
        return;
      }
      const parsed = schemas[type].safeParse(json);
      if (!parsed.success) {
        const message = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
        send(res, 400, errorBody(400, 'ValidationError', message), req);
        return;
      }
      const body = parsed.data as Record<string, unknown> & {
        template_id: string;
        reference?: string;
        personalisation?: Record<string, unknown>;
      };
      if (options.templates[body.template_id] !== type) {
        send(res, 400, errorBody(400, 'BadRequestError', 'Template not found'), req);
        return;
      }
      const fault = faults.length > 0 ? faults.shift() : options.injectFault?.();
      if (fault === 'rate-limit') {
        send(res, 429, errorBody(429, 'RateLimitError', 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds'), req);
        return;
      }
      if (fault === 'daily-limit') {
        send(res, 429, errorBody(429, 'TooManyRequestsError', 'Exceeded send limits (250000) for today'), req);
        return;
      }
      if (fault === 'server-error') {
        send(res, 500, errorBody(500, 'Exception', 'Internal server error'), req);
        return;
      }
      const message: RecordedMessage = {
        id: randomUUID(),
        type,
        serviceId: auth.serviceId,
        templateId: body.template_id,
        reference: body.reference ?? null,
        to: String(body['email_address'] ?? body['phone_number'] ?? body.personalisation?.['address_line_1'] ?? ''),
        personalisation: body.personalisation ?? {},
        body,
        createdAt: clock().toISOString(),
        status: type === 'letter' ? 'accepted' : 'created',
      };
      messages.push(message);
      if (fault === 'error-after-record') {
        send(res, 500, errorBody(500, 'Exception', 'Internal server error'), req);
        return;
      }
      if (fault === 'drop') {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: 'no answer' });
        req.socket.destroy();
        return;
      }
      if (fault === 'timeout') {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: 'no answer' });
        held.push(res);
        return;
      }
      send(
        res,
        201,
        {
          id: message.id,
          reference: message.reference,
          content: { body: '(rendered by Notify)', ...(type === 'sms' ? { from_number: 'GOVUK' } : { subject: '(subject)' }) },
          uri: `${url.origin}/v2/notifications/${message.id}`,
          template: { id: message.templateId, version: 1, uri: `${url.origin}/services/${auth.serviceId}/templates/${message.templateId}` },
        },
        req,
      );
      return;
    }
    const getMatch = /^\/v2\/notifications\/([^/]+)$/.exec(url.pathname);
    if (getMatch && req.method === 'GET') {
      const id = getMatch[1] ?? '';
      if (!uuid.safeParse(id).success) {
        send(res, 400, errorBody(400, 'ValidationError', 'notification_id is not a valid UUID'), req);
        return;
      }
      const found = messages.find((message) => message.id === id && message.serviceId === auth.serviceId);
      if (!found) {
        send(res, 404, errorBody(404, 'NoResultFound', 'No result found'), req);
        return;
      }
      send(res, 200, notificationJson(found), req);
      return;
    }
    if (url.pathname === '/v2/notifications' && req.method === 'GET') {
      const allowed = new Set(['template_type', 'status', 'reference', 'older_than', 'include_jobs']);
      for (const key of url.searchParams.keys()) {
        if (!allowed.has(key)) {
          send(res, 400, errorBody(400, 'ValidationError', `Additional properties are not allowed (${key} was unexpected)`), req);
          return;
        }
      }
      const reference = url.searchParams.get('reference');
      const found = messages
        .filter((message) => message.serviceId === auth.serviceId && (reference === null || message.reference === reference))
        .reverse();
      send(res, 200, { notifications: found.map(notificationJson), links: { current: `${url.origin}${url.pathname}${url.search}` } }, req);
      return;
    }
    send(res, 404, errorBody(404, 'BadRequestError', 'Not found'), req);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    requests,
    faults,
    async close() {
      for (const res of held) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function errorBody(status: number, error: string, message: string): unknown {
  return { status_code: status, errors: [{ error, message }] };
}

function notificationJson(message: RecordedMessage): Record<string, unknown> {
  return {
    id: message.id,
    reference: message.reference,
    email_address: message.type === 'email' ? message.to : null,
    phone_number: message.type === 'sms' ? message.to : null,
    type: message.type,
    status: message.status,
    template: { id: message.templateId, version: 1, uri: `/templates/${message.templateId}` },
    body: '(rendered by Notify)',
    subject: message.type === 'sms' ? null : '(subject)',
    created_at: message.createdAt,
    created_by_name: null,
    sent_at: null,
    completed_at: null,
  };
}
