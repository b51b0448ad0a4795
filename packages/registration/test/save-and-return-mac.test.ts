// The signature is compared with crypto.timingSafeEqual, never with `===`, so how long a refusal takes
// says nothing about how much of a forged signature was right. This file wraps the real function to
// see every comparison the package makes.
import { createStore } from '@civicbricks/storage';
import type * as NodeCrypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCrypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const crypto = await import('node:crypto');
const { createJourney } = await import('../src/index.js');
const { createSaveAndReturn } = await import('../src/store/index.js');
const { registerJourney } = await import('./fixtures.js');

afterEach(() => {
  vi.mocked(crypto.timingSafeEqual).mockClear();
});

describe('resume token signature check', () => {
  it('compares the whole signature in constant time, for good and forged tokens alike', async () => {
    const store = await createStore({ adapter: 'memory' });
    const service = createSaveAndReturn({ store, secret: 'a-test-secret-that-is-long-enough-0123456789' });
    const link = await service.save(createJourney(registerJourney), {});
    const mac = link.token.split('.')[3] ?? '';
    const spy = vi.mocked(crypto.timingSafeEqual);

    await service.resume(link.token);
    expect(spy).toHaveBeenCalledTimes(1);
    const [expected, given] = spy.mock.calls[0] ?? [];
    expect(Buffer.from(given as Uint8Array).toString()).toBe(mac);
    expect(Buffer.from(expected as Uint8Array).toString()).toBe(mac);

    spy.mockClear();
    const forged = `${link.token.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    await expect(service.resume(forged)).rejects.toMatchObject({ reason: 'invalid' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.results[0]?.value).toBe(false);
    await store.close();
  });
});
