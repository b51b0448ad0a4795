// The journey handler's route table: a method and a path lead to one handler, and no two rows may answer one request.
import { describe, expect, it } from 'vitest';
import { createRouteTable } from '../src/server/routes.js';

const answer = (name: string) => () => {
  calls.push(name);
};
let calls: string[] = [];

describe('the route table', () => {
  it('finds a route by its path to the letter and one of its methods', async () => {
    calls = [];
    const table = createRouteTable<undefined>([
      { methods: '*', path: '', handle: answer('start') },
      { methods: ['POST'], path: 'save', handle: answer('save json') },
      { methods: ['GET', 'HEAD'], path: 'save', handle: answer('saved page') },
    ]);
    for (const [method, path] of [
      ['GET', ''],
      ['DELETE', ''],
      ['POST', 'save'],
      ['HEAD', 'save'],
    ] as const)
      await table.find(method, path)?.handle(undefined);
    expect(calls).toEqual(['start', 'start', 'save json', 'saved page']);
    expect(table.find('PUT', 'save')).toBeUndefined();
    expect(table.find(undefined, 'save')).toBeUndefined();
    expect(table.find('GET', 'save/')).toBeUndefined();
    expect(table.find('GET', 'Save')).toBeUndefined();
  });

  it('refuses two rows that would answer the same request, so their order can never matter', () => {
    expect(() =>
      createRouteTable<undefined>([
        { methods: ['GET'], path: 'save', handle: answer('a') },
        { methods: ['HEAD', 'GET'], path: 'save', handle: answer('b') },
      ]),
    ).toThrow('Two routes answer the same request for the path "save"');
    expect(() =>
      createRouteTable<undefined>([
        { methods: ['POST'], path: 'submit', handle: answer('a') },
        { methods: '*', path: 'submit', handle: answer('b') },
      ]),
    ).toThrow(/same request/);
    expect(() =>
      createRouteTable<undefined>([
        { methods: ['POST'], path: 'submit', handle: answer('a') },
        { methods: ['POST'], path: 'save', handle: answer('b') },
      ]),
    ).not.toThrow();
  });
});
