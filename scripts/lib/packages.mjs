// The workspace's public packages, and packing them as the registry would receive them.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pnpmCommand, root } from './run.mjs';

/** Every package under packages/ that is published: its folder and its package.json. */
export function publicPackages() {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .map((name) => ({ dir: join(dir, name), manifest: JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

/**
 * Packs one package with pnpm into `destination` and returns the tarball's path. pnpm, not npm: `pnpm pack`
 * turns `workspace:^` ranges into the versions they point at, which npm would leave in and then refuse to install.
 * A private package is refused, so nothing that is not meant for the registry is ever packed.
 */
export function packPackage(dir, destination) {
  const { command, args } = packCommand(dir, destination);
  return packedFilename(execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** `packPackage` without blocking, so several packages can be packed at once. */
export async function packPackageAsync(dir, destination) {
  const { command, args } = packCommand(dir, destination);
  const { stdout } = await promisify(execFile)(command, args, { cwd: dir, encoding: 'utf8' });
  return packedFilename(stdout);
}

function packCommand(dir, destination) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) throw new Error(`${manifest.name} is private and is never packed`);
  const { command, prefix } = pnpmCommand();
  return { command, args: [...prefix, 'pack', '--pack-destination', destination, '--json'] };
}

function packedFilename(output) {
  return JSON.parse(output.slice(output.indexOf('{'))).filename;
}

/** The paths inside a tarball, without npm's leading `package/`. */
export function tarballFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}

/** The package.json inside a tarball, as the registry and npm will read it. */
export function tarballManifest(tarball) {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
}
