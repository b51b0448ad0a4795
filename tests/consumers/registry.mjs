// A local Verdaccio on loopback with every public package published to it, as the consumer tests use it.
// `node tests/consumers/registry.mjs` (after `npm run build`) starts one and keeps it running for a release's
// dry run: it prints the registry's address and the `.npmrc` to install from it.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packPackageAsync, publicPackages } from '../../scripts/lib/packages.mjs';
import { cachedTool } from '../../scripts/lib/tools.mjs';

const execFileAsync = promisify(execFile);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, child, output) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Verdaccio stopped (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Verdaccio did not answer ${url} within 30 s:\n${output()}`);
}

/**
 * Starts Verdaccio 6.8 (the last that runs on Node 20) in `workDir/registry`, packs every public package with pnpm
 * (workspace: ranges rewritten) and publishes each with npm. Returns the registry's URL, the `.npmrc` that installs
 * from it, and `stop()`.
 */
export async function startRegistry(workDir = mkdtempSync(join(tmpdir(), 'civic-registry-'))) {
  const verdaccio = cachedTool('verdaccio', 'verdaccio@6.8.0', 'node_modules/verdaccio/bin/verdaccio');
  const folder = join(workDir, 'registry');
  mkdirSync(folder, { recursive: true });
  const uplink = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  const template = readFileSync(new URL('./verdaccio.yaml', import.meta.url), 'utf8');
  writeFileSync(join(folder, 'config.yaml'), template.replace('url: UPLINK_REGISTRY', `url: ${uplink}`));

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let log = '';
  const child = spawn(process.execPath, [verdaccio, '--config', join(folder, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  try {
    await waitFor(`${url}-/ping`, child, () => log);

    // npm publish wants a token for the registry, whatever its value; installs read the same file.
    const npmrc = join(workDir, '.npmrc');
    writeFileSync(
      npmrc,
      [`registry=${url}`, `//127.0.0.1:${port}/:_authToken=local`, 'fund=false', 'audit=false', 'update-notifier=false', ''].join('\n'),
    );
    const tarballs = join(workDir, 'tarballs');
    mkdirSync(tarballs, { recursive: true });
    // All at once: each pack and publish mostly waits on its own process starting, not on the CPU.
    const published = await Promise.all(
      publicPackages().map(async ({ dir, manifest }) => {
        const tarball = await packPackageAsync(dir, tarballs);
        await execFileAsync('npm', ['publish', tarball, '--registry', url, '--loglevel=error'], {
          cwd: workDir,
          env: { ...process.env, NPM_CONFIG_USERCONFIG: npmrc },
        });
        return `${manifest.name}@${manifest.version}`;
      }),
    );
    return { url, npmrc, published, stop, log: () => log };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const registry = await startRegistry();
  console.log(`Published ${registry.published.join(', ')}`);
  console.log(`Registry: ${registry.url}\nInstall from it with: NPM_CONFIG_USERCONFIG=${registry.npmrc} npm install @civicbricks/elements`);
  console.log('Ctrl-C stops it.');
  process.on('SIGINT', () => registry.stop().then(() => process.exit(0)));
}
