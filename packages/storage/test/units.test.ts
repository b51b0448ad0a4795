import { type CivicError, ConflictError, UnavailableError, ValidationError } from '@civicbricks/core';
import { createServer } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, createStore, outboxBackoffDelay, redactConnectionString, redactSecrets, toJsonValue } from '../src/index.js';
import { isDriverError, mapDatabaseError } from '../src/errors.js';
import { cloneJson, type JsonValue } from '../src/json.js';
import { auditEntryHash, CHAIN_FORMAT, GENESIS_HASH, LEGACY_CHAIN_FORMAT, randomHex, sha256Hex, webCryptoSha256Hex } from '../src/hash.js';
import { assertPostgresInCi, detectPostgres } from './support/postgres.js';
import { rejection } from '../../../tests/support/rejection.js';

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson('é"\n')).toBe(JSON.stringify('é"\n'));
  });

  it('gives audit hashes that depend on every field, deterministically', async () => {
    const entry = {
      seq: 1,
      id: '00000000-0000-4000-8000-000000000000',
      format: CHAIN_FORMAT,
      at: '2030-01-01T00:00:00.000000Z',
      actor: 'staff:1',
      action: 'case.opened',
      collection: 'cases.case',
      recordId: 'c1',
      fields: ['status'],
      metadata: { b: 1, a: 2 },
      detailDigest: null,
      prevHash: GENESIS_HASH,
    };
    const hash = await auditEntryHash(entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditEntryHash({ ...entry, metadata: { a: 2, b: 1 } })).toBe(hash);
    for (const change of [
      { seq: 2 },
      { id: '00000000-0000-4000-8000-000000000001' },
      { format: LEGACY_CHAIN_FORMAT },
      { actor: 'staff:2' },
      { action: 'case.closed' },
      { collection: 'cases.other' },
      { recordId: 'c2' },
      { fields: ['other'] },
      { metadata: { a: 3, b: 1 } },
      { detailDigest: 'a'.repeat(64) },
      { prevHash: 'f'.repeat(64) },
      { at: '2030-01-01T00:00:00.001000Z' },
      { at: '2030-01-01T00:00:00.000001Z' },
    ]) {
      expect(await auditEntryHash({ ...entry, ...change }), JSON.stringify(change)).not.toBe(hash);
    }
  });

  it('still verifies entries written in the first format, and refuses one whose time has digits below the millisecond', async () => {
    const legacy = {
      seq: 1,
      id: '00000000-0000-4000-8000-000000000000',
      format: LEGACY_CHAIN_FORMAT,
      at: '2030-01-01T00:00:00.123000Z',
      actor: 'staff:1',
      action: 'case.opened',
      collection: null,
      recordId: null,
      fields: [],
      metadata: { n: 1 },
      detailDigest: 'b'.repeat(64),
      prevHash: 'c'.repeat(64),
    };
    // The layout storage migrations 1 to 3 wrote: `at` as a millisecond ISO string.
    const asWrittenThen = await sha256Hex(canonicalJson({ ...legacy, at: '2030-01-01T00:00:00.123Z' }));
    expect(await auditEntryHash(legacy)).toBe(asWrittenThen);
    expect(await auditEntryHash({ ...legacy, at: '2030-01-01T00:00:00.123400Z' })).not.toBe(asWrittenThen);
  });
});

describe('hashing in Node and in browsers', () => {
  it('gives the same SHA-256 through Node crypto as through Web Crypto (which browsers use), for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(await sha256Hex(text)).toBe(await webCryptoSha256Hex(text));
      }),
      { seed: 20_261_208, numRuns: 200 },
    );
    // The published test vector, so neither path can be wrong in the same way as the other.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('makes salts of the length asked for, never the same twice', () => {
    const salts = Array.from({ length: 500 }, () => randomHex(16));
    expect(new Set(salts).size).toBe(500);
    for (const salt of salts) expect(salt).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('toJsonValue', () => {
  it('copies any JSON value to one equal to its JSON round trip, and cloneJson copies that again exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const copied = toJsonValue(value);
        expect(copied).toStrictEqual(JSON.parse(JSON.stringify(value)));
        const cloned = cloneJson(copied);
        expect(cloned).toStrictEqual(copied);
        if (copied !== null && typeof copied === 'object') expect(cloned).not.toBe(copied);
      }),
      { seed: 20_261_208, numRuns: 300 },
    );
    const tricky = JSON.parse('{"__proto__":{"polluted":true},"list":[1,{"__proto__":2}]}') as JsonValue;
    for (const copy of [toJsonValue(tricky), cloneJson(tricky)]) {
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect(Object.keys(copy as object)).toEqual(['__proto__', 'list']);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    }
  });

  it('copies plain JSON and drops undefined properties', () => {
    const input = { a: [1, 'x', null, true, { b: undefined, c: -0 }] };
    const copy = toJsonValue(input);
    expect(copy).toEqual({ a: [1, 'x', null, true, { c: 0 }] });
    expect(copy).not.toBe(input);
  });

  it('names every value that is not JSON', () => {
    const error = (() => {
      try {
        toJsonValue({ when: new Date(), n: Number.NaN, list: [1, undefined], big: 1n, fn: () => 1, text: 'a\u0000', half: '\uD800' });
      } catch (caught) {
        return caught as ValidationError;
      }
      throw new Error('expected a ValidationError');
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((issue) => issue.path)).toEqual([['when'], ['n'], ['list', 1], ['big'], ['fn'], ['text'], ['half']]);
  });

  it('keeps a __proto__ key as data', () => {
    const copy = toJsonValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('redaction', () => {
  it('removes passwords, tokens, emails and long numbers', () => {
    const text = redactSecrets('postgres://app:s3cret@db:5432/x password=hunter2 Bearer abc.def jo@example.com 943 476 5919');
    expect(text).not.toMatch(/s3cret|hunter2|abc\.def|jo@example\.com|943 476 5919/);
    expect(text).toContain('postgres://app:***@db:5432/x');
  });

  it('describes a connection string without its password', () => {
    expect(redactConnectionString('postgresql://app:s3cret@db.example:5432/civic?sslmode=require&password=x')).toBe(
      'postgresql://app:***@db.example:5432/civic?sslmode=require&password=***',
    );
  });
});

describe('database error mapping', () => {
  const withCode = (code: string, message = 'boom'): Error => Object.assign(new Error(message), { code });

  it('maps lost connections to a retryable UnavailableError', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('57P01'),
      withCode('08006'),
      withCode('57P03'),
      withCode('53300'),
      new Error('Connection terminated unexpectedly'),
    ]) {
      const mapped = mapDatabaseError(error);
      expect(mapped).toBeInstanceOf(UnavailableError);
      expect((mapped as UnavailableError).retryable).toBe(true);
      expect((mapped as UnavailableError).cause).toBe(error);
    }
  });

  it('maps serialisation failures and deadlocks to a retryable conflict, and keeps driver text out of messages', () => {
    const serialization = mapDatabaseError(withCode('40001'));
    expect(serialization).toBeInstanceOf(ConflictError);
    expect((serialization as ConflictError).retryable).toBe(true);
    const other = mapDatabaseError(withCode('22P02', 'invalid input syntax for type integer: "Jo Bloggs"')) as CivicError;
    expect(other.code).toBe('storage.database_error');
    expect(other.message).not.toContain('Jo Bloggs');
    expect((mapDatabaseError(withCode('CBA01')) as CivicError).code).toBe('storage.audit_append_only');
  });

  it('leaves errors that are not the driver’s alone', () => {
    const mine = new TypeError('my bug');
    expect(isDriverError(mine)).toBe(false);
    expect(mapDatabaseError(mine)).toBe(mine);
  });
});

describe('outbox backoff', () => {
  it('grows exponentially to a cap, with half of it jittered', () => {
    const options = { initialMs: 100, maxMs: 1000, factor: 2 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => outboxBackoffDelay(attempt, options, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map((attempt) => outboxBackoffDelay(attempt, options, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    const spread = new Set(Array.from({ length: 50 }, () => outboxBackoffDelay(3, options)));
    expect(spread.size).toBeGreaterThan(5);
  });
});

describe('createStore options', () => {
  it('rejects an unknown adapter and bad settings with the field path', async () => {
    const unknown = (await rejection(createStore({ adapter: 'oracle' } as never))) as ValidationError;
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.path).toEqual(['adapter']);
    const badSchema = (await rejection(createStore({ adapter: 'pglite', schema: 'Robert"); drop table' }))) as ValidationError;
    expect(badSchema.path).toEqual(['schema']);
    const both = (await rejection(
      createStore({ adapter: 'pglite', dataDir: '/tmp/x', pglite: { query: async () => ({}) } as never }),
    )) as ValidationError;
    expect(both.path).toEqual(['dataDir']);
  });

  it('never echoes a connection string in a validation error', async () => {
    const error = (await rejection(createStore({ adapter: 'postgres', connectionString: 'mysql://root:s3cret@db/x' }))) as ValidationError;
    expect(error.path).toEqual(['connectionString']);
    expect(JSON.stringify(error.toJSON())).not.toContain('s3cret');
    expect(error.message).not.toContain('s3cret');
  });

  it('reports an unreachable PostgreSQL as retryable UnavailableError without the password', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const error = (await rejection(
      createStore({ adapter: 'postgres', connectionString: `postgresql://app:s3cret@127.0.0.1:${port}/civic`, connectionTimeoutMs: 2000 }),
    )) as UnavailableError;
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.code).toBe('storage.unavailable');
    expect(error.retryable).toBe(true);
    expect(error.message).not.toContain('s3cret');
    expect(JSON.stringify(error.toJSON())).not.toContain('s3cret');
  });
});

describe('PostgreSQL test harness', () => {
  it('skips with a reason locally but fails on CI when PostgreSQL is missing', () => {
    const missing = { available: false as const, reason: 'no binaries' };
    expect(() => assertPostgresInCi(missing, { CI: 'true' })).toThrow(/required when CI=true: no binaries/);
    expect(() => assertPostgresInCi(missing, {})).not.toThrow();
    expect(() => assertPostgresInCi({ available: true, mode: 'url', url: 'postgresql://x' }, { CI: 'true' })).not.toThrow();
  });

  it('prefers DATABASE_URL over local binaries', () => {
    expect(detectPostgres({ DATABASE_URL: 'postgresql://db/x' })).toEqual({ available: true, mode: 'url', url: 'postgresql://db/x' });
  });
});
