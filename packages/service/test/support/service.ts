// The warm-space service on the memory store (these tests are not about storage), driven with Fastify's inject().
import { join } from 'node:path';
import { createStore, type Store } from '@civicbricks/storage';
import type { FastifyInstance } from 'fastify';
import { loadManifest } from '../../src/manifest/load.js';
import { createService, type Service, type ServiceOptions } from '../../src/runtime/server.js';
import { exampleDir } from './manifests.js';

export const SECRET = 'a test secret that is certainly at least thirty-two bytes';

export interface TestService {
  readonly service: Service;
  readonly store: Store;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

export async function startTestService(options: Partial<ServiceOptions> = {}): Promise<TestService> {
  const store = options.store ?? (await createStore({ adapter: 'memory' }));
  const service = await createService({
    definition: loadManifest(join(exampleDir, 'manifest.json')),
    store,
    secret: SECRET,
    publicUrl: 'http://localhost:3000',
    logger: false,
    ...options,
  });
  await service.app.ready();
  return {
    service,
    store,
    app: service.app,
    async close() {
      await service.close();
      await store.close();
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly location: string | undefined;
}

/** A person with a cookie jar: what a browser with JavaScript off would send (from `address`, if given). */
export class Visitor {
  readonly jar = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly address?: string,
  ) {}

  get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.send('GET', url, undefined, headers);
  }

  post(url: string, fields: Record<string, string | readonly string[]>, headers: Record<string, string> = {}): Promise<Reply> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    return this.send('POST', url, body.toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });
  }

  async send(method: 'GET' | 'POST', url: string, payload: string | undefined, headers: Record<string, string> = {}): Promise<Reply> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      payload,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
      ...(this.address ? { remoteAddress: this.address } : {}),
    });
    for (const set of [response.headers['set-cookie'] ?? []].flat()) {
      const [pair] = String(set).split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (value.join('=') === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(String(set))) this.jar.delete(name.trim());
      else this.jar.set(name.trim(), value.join('='));
    }
    const location = response.headers.location;
    return {
      status: response.statusCode,
      body: response.body,
      headers: response.headers,
      location: typeof location === 'string' ? location : undefined,
    };
  }
}

/** The value of the hidden field `name` in a page's first form. */
export function hiddenField(html: string, name: string): string {
  const escaped = name.replace(/[$]/g, '\\$');
  const value = new RegExp(`name="${escaped}" value="([^"]+)"`).exec(html)?.[1];
  if (!value) throw new Error(`No ${name} field in: ${html.slice(0, 400)}`);
  return value.replace(/&amp;/g, '&');
}

/** Completes the warm-space journey with JavaScript off; returns the reference on the confirmation page. */
export async function register(visitor: Visitor, answers: { name: string; phone?: string; email?: string; lang?: 'cy' }): Promise<string> {
  const first = await visitor.get(`/register/age${answers.lang ? '?lang=cy' : ''}`);
  const csrf = hiddenField(first.body, '$csrf');
  const steps: [string, Record<string, string | string[]>][] = [
    ['age', { ageGroup: '16to64' }],
    ['name', { name: answers.name }],
    ...(answers.phone
      ? ([
          ['contact-ok', { contactOk: 'yes' }],
          ['contact', { phone: answers.phone, email: answers.email ?? '' }],
        ] as [string, Record<string, string>][])
      : ([['contact-ok', { contactOk: 'no' }]] as [string, Record<string, string>][])),
    ['days', { days: ['mon', 'wed'] }],
    ['with-you', {}],
    ['access', { access: 'none' }],
    ['check', {}],
  ];
  for (const [page, fields] of steps) {
    const reply = await visitor.post(`/register/${page}`, { ...fields, $csrf: csrf });
    if (reply.status !== 303) throw new Error(`${page} was not accepted (${reply.status}): ${reply.body.slice(0, 2000)}`);
  }
  const confirmation = await visitor.get('/register/registered');
  const reference = /"reference":"([^"]+)"/.exec(confirmation.body)?.[1];
  if (!reference) throw new Error(`No reference on: ${confirmation.body.slice(0, 3000)}`);
  return reference;
}
