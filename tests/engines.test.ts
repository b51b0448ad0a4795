// The bricks support Node 20.19 (`engines` in every package.json), so nothing the lockfile installs may
// declare a newer Node: npm and pnpm warn about each such package on every install (EBADENGINE), and one
// day it stops working. kysely 0.29, errorstacks 2.4.2 and @babel/code-frame 8 were such packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const oldestNode = semver.minVersion(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string);

/** Each locked package with the Node range it declares, from the lockfile's `packages:` section. */
function declaredNodeRanges(lockfile: string): { name: string; range: string }[] {
  const section = lockfile.slice(lockfile.indexOf('\npackages:\n'), lockfile.indexOf('\nsnapshots:\n'));
  const found: { name: string; range: string }[] = [];
  let name = '';
  for (const line of section.split('\n')) {
    const key = /^ {2}'?([^' ][^']*?)'?:$/.exec(line);
    if (key?.[1]) name = key[1];
    const engines = /^ {4}engines: \{node: '?([^'}]+?)'?\}/.exec(line);
    if (engines?.[1]) found.push({ name, range: engines[1] });
  }
  return found;
}

describe('engines', () => {
  it('every package the lockfile installs runs on the oldest Node the bricks support', () => {
    expect(oldestNode?.version).toBe('20.19.0');
    const ranges = declaredNodeRanges(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8'));
    expect(ranges.length).toBeGreaterThan(100);
    const tooNew = ranges
      .filter(({ range }) => !semver.satisfies(oldestNode?.version ?? '0.0.0', range))
      .map(({ name, range }) => `${name}: ${range}`);
    expect(tooNew).toEqual([]);
  });

  it('reads a range the way npm does', () => {
    const lock =
      "lockfileVersion: '9.0'\n\npackages:\n\n  kysely@0.29.9:\n    resolution: {integrity: x}\n    engines: {node: '>=22.0.0'}\n\nsnapshots:\n";
    expect(declaredNodeRanges(lock)).toEqual([{ name: 'kysely@0.29.9', range: '>=22.0.0' }]);
  });
});
