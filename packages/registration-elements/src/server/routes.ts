/**
 * The journey handler's addresses as a table: a method and a path under `basePath` lead to one handler, so
 * what the service answers can be read in one place rather than from a chain of string comparisons. Node only.
 */

/** One address the handler answers. */
export interface Route<C> {
  /** The methods it answers; `'*'` for any, where the handler itself refuses the ones it does not take. */
  readonly methods: readonly string[] | '*';
  /** The path under `basePath`, to the letter: `''` is `basePath` itself. */
  readonly path: string;
  readonly handle: (context: C) => Promise<void> | void;
}

export interface RouteTable<C> {
  /** The route for this method and path, if the table has one. */
  find(method: string | undefined, path: string): Route<C> | undefined;
}

export function createRouteTable<C>(routes: readonly Route<C>[]): RouteTable<C> {
  const byPath = new Map<string, Route<C>[]>();
  for (const route of routes) {
    const same = byPath.get(route.path) ?? [];
    // Two routes for one request would make the table's order matter again: the answer must not depend on it.
    if (same.some((other) => overlap(other.methods, route.methods)))
      throw new Error(`Two routes answer the same request for the path "${route.path}"`);
    byPath.set(route.path, [...same, route]);
  }
  return {
    find: (method, path) =>
      byPath.get(path)?.find((route) => route.methods === '*' || (method !== undefined && route.methods.includes(method))),
  };
}

function overlap(a: Route<unknown>['methods'], b: Route<unknown>['methods']): boolean {
  return a === '*' || b === '*' || a.some((method) => b.includes(method));
}
