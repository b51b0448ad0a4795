/**
 * A local stand-in for GOV.UK Pay's public API, checking every request against
 * the published OpenAPI description (see openapi.ts): the path and method must
 * be an operation it lists, the `Authorization` header a Bearer key, the
 * `Idempotency-Key` header its pattern, query parameters the ones the operation
 * names, and the body its schema. A request that breaks the contract is
 * answered 400 and recorded in `violations`; `assertNoViolations()` (called
 * after each test) fails the test. Payments move through GOV.UK Pay's states,
 * the paying user's part is played by `pay()` with GOV.UK Pay's test cards, and
 * faults can be injected into the next requests.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { findTestCard } from '../../src/sandbox/test-cards.js';
import { matchPath, operation, validate, type Override } from './openapi.js';

export type Fault =
  /** 429 with P0900 before anything is done. */
  | 'rate-limit'
  /** 500 before anything is done. */
  | 'server-error'
  /** Do the work, then answer 500. */
  | 'error-after'
  /** Do the work, then drop the connection without an answer. */
  | 'drop'
  /** Do the work, then never answer (the client times out). */
  | 'timeout'
  /** Search only: answer as GOV.UK Pay's ledger does when it lags, without the newest payments. */
  | 'stale';

export type Operation = 'create' | 'get' | 'search' | 'cancel' | 'capture' | 'events' | 'refunds' | 'refund' | 'refund-get';

interface FakeRefund {
  refund_id: string;
  amount: number;
  status: 'submitted' | 'success' | 'error';
  created_date: string;
}

export interface FakePayment {
  readonly id: string;
  readonly apiKey: string;
  readonly body: Record<string, unknown>;
  readonly idempotencyKey: string | undefined;
  readonly createdAt: number;
  status: string;
  finished: boolean;
  code: string | undefined;
  message: string | undefined;
  card: Record<string, unknown> | undefined;
  readonly events: { status: string; finished: boolean; code: string | undefined; updated: string }[];
  readonly refunds: FakeRefund[];
}

export interface RequestLog {
  readonly method: string;
  readonly path: string;
  operation: Operation | undefined;
  readonly headers: IncomingMessage['headers'];
  body: unknown;
  outcome: number | 'no answer';
}

export interface FakePay {
  readonly url: string;
  readonly payments: Map<string, FakePayment>;
  readonly requests: RequestLog[];
  readonly violations: string[];
  /**
   * The requests answered so far and the time spent on them, from a request's arrival to its answer's last byte
   * written: the fake's own share of a benchmark run (scripts/bench-payments.mjs). Tests never read it.
   */
  readonly handling: { readonly answered: number; readonly ms: number };
  /** Faults for the next requests of an operation, used in order. */
  inject(operation: Operation, ...faults: Fault[]): void;
  /** The paying user enters a test card on GOV.UK Pay's page. */
  pay(paymentId: string, cardNumber: string): void;
  /** The paying user chooses "Cancel payment" (P0030). */
  cancelAsUser(paymentId: string): void;
  /**
   * The webhook messages GOV.UK Pay would send for a payment's events so far,
   * signed with `signingSecret`, in order. A test delivers them duplicated or shuffled.
   */
  webhooks(paymentId: string): { readonly body: string; readonly signature: string }[];
  assertNoViolations(): void;
  close(): Promise<void>;
}

export interface FakePayOptions {
  /** The API keys the fake accepts; others get 401. */
  readonly apiKeys: readonly string[];
  readonly clock?: () => Date;
  /** Called for each request when no fault is queued: return a fault to inject one at random. */
  readonly injectFault?: (operation: Operation) => Fault | undefined;
  /** Signs webhook messages; a fixed test secret if absent. */
  readonly signingSecret?: string;
}

const EXPIRY_MS = 90 * 60 * 1000;
const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The description's `ExternalMetadata` component is a generator artefact (an
 * object with one `metadata` property), while GOV.UK Pay takes and returns a
 * flat map; its documented rules are checked instead: 1 to 15 keys of 1 to 30
 * characters, values strings of up to 100 characters, numbers or booleans.
 */
const metadataRules: Override = (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: must be an object`];
  const entries = Object.entries(value);
  const problems: string[] = [];
  if (entries.length < 1 || entries.length > 15) problems.push(`${path}: must have 1 to 15 keys`);
  for (const [key, item] of entries) {
    if (key.length < 1 || key.length > 30) problems.push(`${path}.${key}: keys must be 1 to 30 characters`);
    const ok =
      (typeof item === 'string' && item.length <= 100) || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item));
    if (!ok) problems.push(`${path}.${key}: values must be a string of up to 100 characters, a number or a boolean`);
  }
  return problems;
};

/** ISO 3166-1 leaves AA, QM to QZ, XA to XZ and ZZ for private use: they are never countries. */
function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code);
}

const OPERATIONS: Readonly<Record<string, Operation>> = {
  'POST /v1/payments': 'create',
  'GET /v1/payments': 'search',
  'GET /v1/payments/{paymentId}': 'get',
  'POST /v1/payments/{paymentId}/cancel': 'cancel',
  'POST /v1/payments/{paymentId}/capture': 'capture',
  'GET /v1/payments/{paymentId}/events': 'events',
  'GET /v1/payments/{paymentId}/refunds': 'refunds',
  'POST /v1/payments/{paymentId}/refunds': 'refund',
  'GET /v1/payments/{paymentId}/refunds/{refundId}': 'refund-get',
};

export async function startFakePay(options: FakePayOptions): Promise<FakePay> {
  const clock = options.clock ?? (() => new Date());
  const payments = new Map<string, FakePayment>();
  const requests: RequestLog[] = [];
  const violations: string[] = [];
  const queued = new Map<Operation, Fault[]>();
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  let origin = '';
  const handling = { answered: 0, ms: 0 };

  const server = createServer((req, res) => {
    const arrived = performance.now();
    res.on('finish', () => {
      handling.answered += 1;
      handling.ms += performance.now() - arrived;
    });
    void handle(req, res).catch((error: unknown) => {
      violations.push(`the fake failed: ${String(error)}`);
      if (!res.headersSent) json(res, 500, { code: 'P0999', description: 'Fake failed' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function json(res: ServerResponse, status: number, body?: unknown, log?: RequestLog): void {
    if (log) log.outcome = status;
    if (body === undefined) {
      res.writeHead(status);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  function deviation(res: ServerResponse, log: RequestLog, problem: string): void {
    violations.push(`${log.method} ${log.path}: ${problem}`);
    json(res, 400, { code: 'P0102', description: `Contract deviation: ${problem}` }, log);
  }

  function newId(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    return [...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('');
  }

  function record(payment: FakePayment, at = clock()): void {
    payment.events.push({ status: payment.status, finished: payment.finished, code: payment.code, updated: at.toISOString() });
  }

  function move(payment: FakePayment, status: string, code?: string, message?: string, at = clock()): void {
    payment.status = status;
    payment.finished = ['success', 'failed', 'cancelled', 'error'].includes(status);
    payment.code = code;
    payment.message = message;
    record(payment, at);
  }

  function expire(payment: FakePayment): void {
    if (!payment.finished && payment.status !== 'capturable' && clock().getTime() >= payment.createdAt + EXPIRY_MS) {
      move(payment, 'failed', 'P0020', 'Payment expired', new Date(payment.createdAt + EXPIRY_MS));
    }
  }

  function refundSummary(payment: FakePayment): Record<string, unknown> {
    const amount = payment.body['amount'] as number;
    const submitted = payment.refunds.filter((refund) => refund.status !== 'error').reduce((sum, refund) => sum + refund.amount, 0);
    if (payment.status === 'success') {
      return { status: amount - submitted > 0 ? 'available' : 'full', amount_available: amount - submitted, amount_submitted: submitted };
    }
    if (payment.finished) return { status: 'unavailable', amount_available: 0, amount_submitted: submitted };
    return { status: 'pending', amount_available: amount, amount_submitted: 0 };
  }

  function paymentJson(payment: FakePayment): Record<string, unknown> {
    const self = `${origin}/v1/payments/${payment.id}`;
    const body = payment.body;
    const links: Record<string, unknown> = {
      self: { href: self, method: 'GET' },
      events: { href: `${self}/events`, method: 'GET' },
      refunds: { href: `${self}/refunds`, method: 'GET' },
    };
    if (payment.status === 'created') {
      links['next_url'] = { href: `${origin}/secure/${payment.id}`, method: 'GET' };
      links['next_url_post'] = {
        type: 'application/x-www-form-urlencoded',
        params: { chargeTokenId: payment.id.slice(0, 12) },
        href: `${origin}/secure`,
        method: 'POST',
      };
    }
    if (!payment.finished) links['cancel'] = { href: `${self}/cancel`, method: 'POST' };
    if (payment.status === 'capturable') links['capture'] = { href: `${self}/capture`, method: 'POST' };
    return {
      amount: body['amount'],
      description: body['description'],
      reference: body['reference'],
      language: body['language'] ?? 'en',
      ...(body['metadata'] === undefined ? {} : { metadata: body['metadata'] }),
      ...(body['email'] === undefined ? {} : { email: body['email'] }),
      state: {
        status: payment.status,
        finished: payment.finished,
        ...(payment.code === undefined ? {} : { code: payment.code, message: payment.message }),
      },
      payment_id: payment.id,
      payment_provider: 'sandbox',
      created_date: new Date(payment.createdAt).toISOString(),
      refund_summary: refundSummary(payment),
      settlement_summary: {},
      delayed_capture: body['delayed_capture'] ?? false,
      moto: false,
      return_url: body['return_url'],
      authorisation_mode: 'web',
      ...(payment.card
        ? { card_details: payment.card, card_brand: payment.card['card_brand'], provider_id: `sandbox-${payment.id.slice(0, 8)}` }
        : {}),
      _links: links,
    };
  }

  function refundJson(payment: FakePayment, refund: FakeRefund): Record<string, unknown> {
    return {
      refund_id: refund.refund_id,
      created_date: refund.created_date,
      amount: refund.amount,
      status: refund.status,
      settlement_summary: {},
      payment_id: payment.id,
      _links: {
        self: { href: `${origin}/v1/payments/${payment.id}/refunds/${refund.refund_id}`, method: 'GET' },
        payment: { href: `${origin}/v1/payments/${payment.id}`, method: 'GET' },
      },
    };
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function takeFault(op: Operation): Fault | undefined {
    const list = queued.get(op);
    if (list && list.length > 0) return list.shift();
    return options.injectFault?.(op);
  }

  /** Answers after the work is done, or loses the answer as the fault says. */
  function answer(res: ServerResponse, log: RequestLog, fault: Fault | undefined, status: number, body?: unknown): void {
    if (fault === 'drop') {
      log.outcome = 'no answer';
      res.socket?.destroy();
      return;
    }
    if (fault === 'timeout') {
      log.outcome = 'no answer';
      held.push(res);
      return;
    }
    if (fault === 'error-after') {
      json(res, 500, { code: 'P0198', description: 'Downstream system error' }, log);
      return;
    }
    json(res, status, body, log);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = req.method ?? '';
    const raw = await readBody(req);
    const log: RequestLog = {
      method,
      path: url.pathname + url.search,
      operation: undefined,
      headers: req.headers,
      body: undefined,
      outcome: 'no answer',
    };
    requests.push(log);

    const matched = matchPath(url.pathname);
    const op = matched ? OPERATIONS[`${method} ${matched.template}`] : undefined;
    if (!matched || !op) return deviation(res, log, 'no such operation in the OpenAPI description');
    log.operation = op;
    const spec = operation(matched.template, method);

    // Headers: Bearer auth as the security scheme says, JSON where there is a body.
    const authorization = req.headers.authorization;
    if (spec.security && (typeof authorization !== 'string' || !/^Bearer \S+$/.test(authorization))) {
      return deviation(res, log, 'the Authorization header must be "Bearer <API key>"');
    }
    for (const parameter of spec.parameters ?? []) {
      if (parameter.in !== 'header') continue;
      const value = req.headers[parameter.name.toLowerCase()];
      if (value === undefined) continue;
      const problems = parameter.schema ? validate(parameter.schema, value, parameter.name) : [];
      if (problems.length > 0) return deviation(res, log, problems.join('; '));
    }
    if (method === 'GET' && raw !== '') return deviation(res, log, 'a GET has no body');
    const declared = new Set((spec.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
    for (const [name, value] of url.searchParams) {
      if (!declared.has(name)) return deviation(res, log, `the query parameter ${name} is not one the operation takes`);
      const schema = spec.parameters?.find((parameter) => parameter.name === name)?.schema;
      const problems = schema ? validate(schema, value, name) : [];
      if (problems.length > 0) return deviation(res, log, problems.join('; '));
    }
    let body: unknown = undefined;
    if (spec.requestBody) {
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return deviation(res, log, 'Content-Type must be application/json');
      try {
        body = JSON.parse(raw);
      } catch {
        return deviation(res, log, 'the body is not JSON');
      }
      log.body = body;
      const problems = validate(spec.requestBody.content['application/json'].schema, body, '', { ExternalMetadata: metadataRules });
      if (problems.length > 0) return deviation(res, log, problems.join('; '));
    } else if (raw !== '') {
      return deviation(res, log, 'this operation takes no body');
    }

    const apiKey = (authorization ?? '').slice('Bearer '.length);
    if (!options.apiKeys.includes(apiKey)) {
      json(res, 401, undefined, log);
      return;
    }

    const fault = takeFault(op);
    if (fault === 'rate-limit') return json(res, 429, { code: 'P0900', description: 'Too many requests' }, log);
    if (fault === 'server-error') return json(res, 500, { code: 'P0198', description: 'Downstream system error' }, log);

    if (op === 'create') {
      const request = body as Record<string, unknown>;
      const key = req.headers['idempotency-key'] as string | undefined;
      if (key !== undefined && key !== '') {
        const existing = [...payments.values()].find(
          (payment) =>
            payment.apiKey === apiKey && payment.idempotencyKey === key && clock().getTime() - payment.createdAt < IDEMPOTENCY_WINDOW_MS,
        );
        if (existing) {
          if (JSON.stringify(existing.body) !== JSON.stringify(request)) {
            return deviation(res, log, 'the same Idempotency-Key was sent with a different body');
          }
          expire(existing);
          return answer(res, log, fault, 200, paymentJson(existing));
        }
      }
      const returnUrl = String(request['return_url']);
      if (!/^https:\/\//.test(returnUrl) && !/^http:\/\/localhost[:/]/.test(returnUrl)) {
        return json(
          res,
          422,
          { field: 'return_url', code: 'P0102', description: 'Invalid attribute value: return_url. Must be a valid URL format' },
          log,
        );
      }
      const country = (request['prefilled_cardholder_details'] as { billing_address?: { country?: unknown } } | undefined)?.billing_address
        ?.country;
      if (typeof country === 'string' && !isCountryCode(country)) {
        return json(
          res,
          422,
          {
            field: 'prefilled_cardholder_details.billing_address.country',
            code: 'P0102',
            description: 'Invalid attribute value: country. Must be a valid ISO-3166-1 alpha-2 code',
          },
          log,
        );
      }
      if ((request['amount'] as number) < 1) {
        return json(
          res,
          422,
          { field: 'amount', code: 'P0102', description: 'Invalid attribute value: amount. Must be greater than or equal to 1' },
          log,
        );
      }
      const payment: FakePayment = {
        id: newId(),
        apiKey,
        body: request,
        idempotencyKey: key,
        createdAt: clock().getTime(),
        status: 'created',
        finished: false,
        code: undefined,
        message: undefined,
        card: undefined,
        events: [],
        refunds: [],
      };
      payments.set(payment.id, payment);
      record(payment);
      return answer(res, log, fault, 201, paymentJson(payment));
    }

    if (op === 'search') {
      const reference = url.searchParams.get('reference');
      const state = url.searchParams.get('state');
      const size = Number(url.searchParams.get('display_size') ?? '500');
      const page = Number(url.searchParams.get('page') ?? '1');
      if (!Number.isInteger(size) || size < 1 || size > 500 || !Number.isInteger(page) || page < 1) {
        return json(res, 422, { field: 'display_size', code: 'P0401', description: 'Invalid parameters: display_size, page' }, log);
      }
      const now = clock().getTime();
      const matches = [...payments.values()]
        .filter((payment) => payment.apiKey === apiKey)
        .filter((payment) => fault !== 'stale' || now - payment.createdAt > 5000)
        .map((payment) => {
          expire(payment);
          return payment;
        })
        .filter((payment) => reference === null || payment.body['reference'] === reference)
        .filter((payment) => state === null || (payment.status === 'capturable' ? 'submitted' : payment.status) === state)
        .reverse();
      const results = matches.slice((page - 1) * size, page * size).map(paymentJson);
      return answer(res, log, fault === 'stale' ? undefined : fault, 200, {
        total: matches.length,
        count: results.length,
        page,
        results,
        _links: { self: { href: `${origin}${log.path}`, method: 'GET' } },
      });
    }

    const payment = payments.get(matched.params['paymentId'] ?? '');
    if (!payment || payment.apiKey !== apiKey) {
      return json(res, 404, { code: 'P0200', description: 'Not found' }, log);
    }
    expire(payment);

    switch (op) {
      case 'get':
        return answer(res, log, fault, 200, paymentJson(payment));
      case 'events':
        return answer(res, log, fault, 200, {
          payment_id: payment.id,
          events: payment.events.map((event) => ({
            payment_id: payment.id,
            state: { status: event.status, finished: event.finished, ...(event.code === undefined ? {} : { code: event.code }) },
            updated: event.updated,
            _links: { payment_url: { href: `${origin}/v1/payments/${payment.id}`, method: 'GET' } },
          })),
          _links: { self: { href: `${origin}/v1/payments/${payment.id}/events`, method: 'GET' } },
        });
      case 'cancel':
        if (payment.finished) return json(res, 400, { code: 'P0501', description: 'Cancellation of payment failed' }, log);
        move(payment, 'cancelled', 'P0040', 'Payment was cancelled by the service');
        return answer(res, log, fault, 204);
      case 'capture':
        if (payment.status !== 'capturable') return json(res, 400, { code: 'P1004', description: 'Capture of payment failed' }, log);
        move(payment, 'success');
        return answer(res, log, fault, 204);
      case 'refunds':
        // A refund is `submitted` when made and `success` once the card processor has it.
        for (const refund of payment.refunds) if (refund.status === 'submitted') refund.status = 'success';
        return answer(res, log, fault, 200, {
          payment_id: payment.id,
          _links: {
            self: { href: `${origin}/v1/payments/${payment.id}/refunds`, method: 'GET' },
            payment: { href: `${origin}/v1/payments/${payment.id}`, method: 'GET' },
          },
          _embedded: { refunds: payment.refunds.map((refund) => refundJson(payment, refund)) },
        });
      case 'refund-get': {
        const refund = payment.refunds.find((candidate) => candidate.refund_id === matched.params['refundId']);
        if (!refund) return json(res, 404, { code: 'P0700', description: 'Not found' }, log);
        return answer(res, log, fault, 200, refundJson(payment, refund));
      }
      case 'refund': {
        const request = body as { amount: number; refund_amount_available?: number };
        const summary = refundSummary(payment) as { amount_available: number };
        if (payment.status !== 'success')
          return json(
            res,
            400,
            { code: 'P0603', description: 'The payment is not available for refund. Payment refund status: pending' },
            log,
          );
        if (request.refund_amount_available !== undefined && request.refund_amount_available !== summary.amount_available) {
          return json(res, 412, { code: 'P0604', description: 'Refund amount available mismatch.' }, log);
        }
        if (request.amount > summary.amount_available) {
          return json(
            res,
            400,
            { code: 'P0603', description: 'The payment is not available for refund. Payment refund status: full' },
            log,
          );
        }
        const refund: FakeRefund = { refund_id: newId(), amount: request.amount, status: 'submitted', created_date: clock().toISOString() };
        payment.refunds.push(refund);
        return answer(res, log, fault, 202, refundJson(payment, refund));
      }
      default:
        return deviation(res, log, 'unhandled operation');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    payments,
    requests,
    violations,
    handling,
    inject(op, ...faults) {
      queued.set(op, [...(queued.get(op) ?? []), ...faults]);
    },
    pay(paymentId, cardNumber) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`The fake has no payment ${paymentId}`);
      expire(payment);
      if (payment.finished || payment.status === 'submitted' || payment.status === 'capturable')
        throw new Error(`Payment ${paymentId} is ${payment.status}`);
      const card = findTestCard(cardNumber);
      if (payment.status === 'created') move(payment, 'started');
      payment.card = {
        card_brand: 'Visa',
        last_digits_card_number: card.number.slice(-4),
        first_digits_card_number: card.number.slice(0, 6),
        expiry_date: '12/30',
        card_type: card.type,
        cardholder_name: 'Test User',
      };
      if (card.outcome.result === 'success') {
        move(payment, 'submitted');
        if (payment.body['delayed_capture'] === true) move(payment, 'capturable');
        else move(payment, 'success');
      } else if (card.outcome.result === 'declined') move(payment, 'failed', 'P0010', 'Payment method rejected');
      else move(payment, 'error', 'P0050', 'Payment provider returned an error');
    },
    cancelAsUser(paymentId) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`The fake has no payment ${paymentId}`);
      expire(payment);
      if (payment.finished || payment.status === 'capturable') throw new Error(`Payment ${paymentId} is ${payment.status}`);
      move(payment, 'failed', 'P0030', 'Payment was cancelled by the user');
    },
    webhooks(paymentId) {
      const payment = payments.get(paymentId);
      if (!payment) throw new Error(`The fake has no payment ${paymentId}`);
      const secret = options.signingSecret ?? 'webhook_test_fake-signing-secret';
      return payment.events.map((event, index) => {
        const body = JSON.stringify({
          webhook_message_id: `${payment.id}-m${index + 1}`,
          api_version: 1,
          created_date: event.updated,
          resource_id: payment.id,
          resource_type: 'payment',
          event_type: `card_payment_${event.status === 'success' ? 'succeeded' : event.status}`,
          resource: {
            ...paymentJson(payment),
            state: { status: event.status, finished: event.finished, ...(event.code ? { code: event.code } : {}) },
          },
        });
        return { body, signature: createHmac('sha256', secret).update(body).digest('hex') };
      });
    },
    assertNoViolations() {
      if (violations.length > 0) throw new Error(`Requests broke GOV.UK Pay's published contract:\n${violations.join('\n')}`);
    },
    async close() {
      for (const res of held) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
