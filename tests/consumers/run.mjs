// The consumer tests: every public package published to a local Verdaccio, installed with npm into fresh projects
// outside the workspace (plain HTML with Vite, Express 5, Fastify 5, React 19 + TypeScript, a Node ESM script), each
// built and run on Node 20 and Node 24 and driven in Chromium where it has pages. Prints, per project, the install
// time, node_modules size, package count and the JavaScript its page downloads beside govuk-frontend's own.
//
//   node tests/consumers/run.mjs            builds the workspace first
//   node tests/consumers/run.mjs --built    uses the packages as built (npm test builds first)
//   CIVIC_CONSUMER_NODES=20 ...             only the machine's Node
//   CIVIC_CONSUMER_ONLY=react,express ...   only those projects
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/lib/chromium-args.mjs';
import { chromiumHelp, findChromium, root } from '../../scripts/lib/run.mjs';
import { serveFolder } from '../../scripts/lib/serve.mjs';
import { nodeBinary } from '../../scripts/lib/tools.mjs';
import { startRegistry } from './registry.mjs';

const execFileAsync = promisify(execFile);
const projectsDir = join(import.meta.dirname, 'projects');
const results = { passed: 0, failed: 0, checks: [] };
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function record(name, error) {
  results.checks.push({ name, ok: !error, error: error ? String(error.message ?? error) : undefined });
  if (error) results.failed += 1;
  else results.passed += 1;
  console.log(
    `${error ? '  ✗' : '  ✓'} ${name}${
      error
        ? `\n      ${String(error.message ?? error)
            .split('\n')
            .join('\n      ')}`
        : ''
    }`,
  );
}

async function check(name, body) {
  try {
    await body();
    record(name);
  } catch (error) {
    record(name, error);
  }
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs a command to the end; output is kept and shown only when it fails. */
async function sh(command, args, { cwd, env = {}, timeout = 300_000 } = {}) {
  try {
    return await execFileAsync(command, args, { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${(error.stdout ?? '').slice(-3000)}${(error.stderr ?? '').slice(-3000)}`,
    );
  }
}

/** Starts a server that prints "listening on <port>", and resolves to its URL and a stop(). */
function startServer(node, cwd, file) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${file} did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const port = /listening on (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${port}`,
          output: () => output,
          stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', done), child.kill()))),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${code}:\n${output}`));
    });
  });
}

function folderSize(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += folderSize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The packages npm installed, from its lockfile: one entry per folder under node_modules. */
function packageCount(project) {
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
  return Object.keys(lock.packages ?? {}).filter((path) => path.startsWith('node_modules/')).length;
}

/** What a browser downloads for a built page: its module scripts and their preloads, each minified and gzipped. */
function pageJavaScript(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Set(
    [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
      (match) => match[1],
    ),
  );
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file.replace(/^\//, ''))), { level: 9 }).length;
  return bytes;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The machine's npm, as a script any Node binary can run. */
function npmCli() {
  const prefix = execFileSync('npm', ['prefix', '--global'], { encoding: 'utf8' }).trim();
  return join(prefix, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
}

/** npm's warnings, one line each: an engine warning spans several lines, and names the package and the Node it wants. */
function npmWarnings(stderr) {
  const warnings = [];
  for (const line of stderr.split('\n')) {
    const start = /^npm warn (\S+) (\S.*)$/i.exec(line);
    const engine = /package: '([^']+)'/.exec(line) ?? /required: \{ node: '([^']+)'/.exec(line);
    if (start && !/^[\s}]/.test(start[2]) && !line.includes('package:') && !line.includes('required:') && !line.includes('current:')) {
      warnings.push(start[1] === 'EBADENGINE' ? 'EBADENGINE' : `${start[1]} ${start[2]}`);
    } else if (engine && warnings.length > 0) {
      warnings[warnings.length - 1] += line.includes('package:') ? ` ${engine[1]}` : ` (wants Node ${engine[1]})`;
    }
  }
  return warnings;
}

/** Copies a project (and the shared server pages where it uses them) into the work folder and installs it with npm. */
async function install(name, work, npmrc, uses = [], { node, folder = name } = {}) {
  const project = join(work, folder);
  cpSync(join(projectsDir, name), project, { recursive: true });
  for (const file of uses) cpSync(join(projectsDir, 'shared', file), join(project, file));
  const began = performance.now();
  const npmArgs = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'];
  // On another Node, the machine's npm runs under that Node's binary (the registry package ships node alone).
  const [command, args] = node ? [node, [npmCli(), ...npmArgs]] : ['npm', npmArgs];
  const { stderr } = await sh(command, args, {
    cwd: project,
    env: { NPM_CONFIG_USERCONFIG: npmrc },
  });
  const took = performance.now() - began;
  return {
    name,
    project,
    took,
    size: folderSize(join(project, 'node_modules')),
    packages: packageCount(project),
    warnings: npmWarnings(stderr),
  };
}

async function fillJoinForm(page) {
  await page.getByLabel('What is your full name?').fill('Megan Pritchard');
  await page.getByLabel('Day').fill('9');
  await page.getByLabel('Month').fill('7');
  await page.getByLabel('Year').fill('1984');
  await page.getByLabel('Phone').check();
  await page.getByLabel('Books').check();
  await page.getByLabel('Events').check();
  await page.getByLabel('Which library will you use most?').selectOption('canton');
  await page.getByLabel('Anything else we should know?').fill('I use a screen reader');
}

/** Serves a built Vite folder and records what its form posts to /submit. */
async function serveBuilt(dist) {
  const received = [];
  const server = await serveFolder(dist, {
    routes: {
      'POST /submit': (request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          received.push(new URLSearchParams(body));
          response
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end('<!doctype html><title>Received</title><h1>Received</h1>');
        });
      },
    },
  });
  return { ...server, received };
}

function formValues(params) {
  const values = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

async function browserChecks(browser, label, body) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await body(page);
    if (errors.length > 0) throw new Error(`${label}: errors on the page: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

async function htmlViteChecks(browser, node, project, tag) {
  await check(`html-vite [${tag}]: vite build`, () =>
    sh(node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: project }),
  );
  const server = await serveBuilt(join(project, 'dist'));
  try {
    for (const [page, what] of [
      ['index.html', 'the bricks'],
      ['govuk.html', "govuk-frontend's own JavaScript"],
    ]) {
      await check(`html-vite [${tag}]: the form made with ${what} submits natively, values received`, () =>
        browserChecks(browser, page, async (tab) => {
          await tab.goto(`${server.url}/${page}`);
          if (page === 'index.html') await tab.locator('civic-button button').waitFor();
          await fillJoinForm(tab);
          await tab.getByRole('button', { name: 'Join' }).click();
          await tab.getByRole('heading', { name: 'Received' }).waitFor();
          expectEqual(
            formValues(server.received.pop()),
            {
              fullName: 'Megan Pritchard',
              'dob-day': '9',
              'dob-month': '7',
              'dob-year': '1984',
              contact: 'phone',
              interests: ['books', 'events'],
              branch: 'canton',
              moreDetail: 'I use a screen reader',
            },
            'posted form',
          );
        }),
      );
    }
  } finally {
    await server.close();
  }
}

async function reactChecks(browser, node, project, tag) {
  await check(`react [${tag}]: tsc --noEmit on typed props, events and bare tags`, () =>
    sh(node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: project }),
  );
  await check(`react [${tag}]: vite build`, () =>
    sh(node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: project }),
  );
  const server = await serveBuilt(join(project, 'dist'));
  try {
    for (const [page, what] of [
      ['index.html', 'the wrappers (a bare tag with JSON items among them)'],
      ['govuk.html', "govuk-frontend's own JavaScript"],
    ]) {
      await check(`react [${tag}]: the form made with ${what} renders, reacts and submits`, () =>
        browserChecks(browser, page, async (tab) => {
          await tab.goto(`${server.url}/${page}`);
          await tab.getByLabel('Events').waitFor();
          expectEqual(await tab.getByRole('checkbox').count(), 3, 'checkboxes rendered from the items');
          await tab.getByLabel('Which library will you use most?').selectOption('canton');
          await tab.getByText('You chose Canton Library').waitFor();
          await tab.getByLabel('What is your full name?').fill('Megan Pritchard');
          await tab.getByLabel('Phone').check();
          await tab.getByLabel('Books').check();
          await tab.getByRole('button', { name: 'Join' }).click();
          await tab.getByRole('heading', { name: 'Received' }).waitFor();
          expectEqual(
            formValues(server.received.pop()),
            { fullName: 'Megan Pritchard', contact: 'phone', interests: 'books', branch: 'canton' },
            'posted form',
          );
        }),
      );
    }
  } finally {
    await server.close();
  }
}

async function serverChecks(browser, node, name, project, tag) {
  const server = await startServer(node, project, 'server.mjs');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await check(`${name} [${tag}]: server-rendered form shows errors the GOV.UK way`, async () => {
      await page.goto(`${server.url}/apply`);
      await page.getByRole('button', { name: 'Apply' }).click();
      const title = await page.title();
      if (!title.startsWith('Error: ')) throw new Error(`title "${title}" does not start with "Error: "`);
      const links = await page.locator('.govuk-error-summary a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expectEqual(links, ['#full-name', '#contact'], 'error summary links');
      expectEqual(await page.locator('#full-name').getAttribute('aria-describedby'), 'full-name-error', 'field described by its error');
      expectEqual(
        (await page.locator('.govuk-error-message').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
        ['Error: Enter your full name', 'Error: Select how we should contact you'],
        'error messages',
      );
      await page.getByLabel('What is your full name?').fill('Megan <Pritchard>');
      await page.getByLabel('Phone').check();
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.getByText('Thank you, Megan <Pritchard>').waitFor();
    });
    await check(`${name} [${tag}]: a journey through createJourneyHandler with JavaScript off`, async () => {
      await page.goto(`${server.url}/journey/name`);
      await page.getByRole('button', { name: 'Continue' }).click();
      if (!(await page.title()).startsWith('Error: ')) throw new Error('an empty answer was accepted');
      await page.getByLabel('What is your full name?').fill('Megan Pritchard');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Canton Library').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Megan Pritchard').waitFor();
      await page.getByRole('button', { name: 'Accept and send' }).click();
      await page.getByRole('heading', { name: 'Your library card is on its way' }).waitFor();
      const panel = await page.locator('.govuk-panel').innerText();
      if (!/reference/i.test(panel)) throw new Error(`no reference on the confirmation: ${panel}`);
    });
  } finally {
    await context.close();
    await server.stop();
  }
}

async function nodeScriptChecks(node, project, tag) {
  await check(`node-script [${tag}]: tsc (type-checked against the published types)`, () =>
    sh(node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: project }),
  );
  await check(`node-script [${tag}]: core, workflow, registration, notifications and storage on PGlite`, async () => {
    const { stdout } = await sh(node, ['dist/main.js'], { cwd: project });
    if (!/\d+ checks passed on Node/.test(stdout)) throw new Error(stdout);
  });
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(chromiumHelp);
  const nodes = (process.env.CIVIC_CONSUMER_NODES ?? '20,24').split(',').map((version) => version.trim());
  const nodeBinaries = nodes.map((version) => {
    if (version === process.versions.node.split('.')[0]) return { tag: `Node ${version}`, node: process.execPath };
    return { tag: `Node ${version}`, node: nodeBinary(version) };
  });

  if (!process.argv.includes('--built')) {
    console.log('▶ build');
    await sh(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, timeout: 900_000 });
  }

  // Outside the workspace, so nothing resolves to the workspace's own node_modules.
  const work = mkdtempSync(join(tmpdir(), 'civic-consumers-'));
  let registry;
  let browser;
  const timings = [];
  try {
    let phase = performance.now();
    registry = await startRegistry(work);
    timings.push(`registry up and ${registry.published.length} packages published: ${seconds(performance.now() - phase)}`);
    console.log(`▶ published to ${registry.url}: ${registry.published.join(', ')}`);

    phase = performance.now();
    const only = process.env.CIVIC_CONSUMER_ONLY?.split(',');
    const projects = [
      ['html-vite', []],
      ['express', ['pages.mjs', 'journey.json']],
      ['fastify', ['pages.mjs', 'journey.json']],
      ['react', []],
      ['node-script', []],
    ].filter(([name]) => !only || only.includes(name));
    // Two at a time: installs wait on the registry and the disk more than on the CPU.
    const installs = [];
    for (let index = 0; index < projects.length; index += 2) {
      const batch = projects.slice(index, index + 2).map(async ([name, uses]) => {
        try {
          const installed = await install(name, work, registry.npmrc, uses);
          record(`${name}: npm install from the local registry`);
          return installed;
        } catch (error) {
          record(`${name}: npm install from the local registry`, error);
          return undefined;
        }
      });
      installs.push(...(await Promise.all(batch)));
    }
    timings.push(`installs: ${seconds(performance.now() - phase)}`);

    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const byName = new Map(installs.filter(Boolean).map((entry) => [entry.name, entry]));
    for (const { tag, node } of nodeBinaries) {
      phase = performance.now();
      console.log(`▶ ${tag} (${(await sh(node, ['--version'])).stdout.trim()})`);
      if (node !== process.execPath && byName.has('node-script')) {
        await check(`node-script [${tag}]: npm install with npm running on ${tag}`, async () => {
          const entry = await install('node-script', work, registry.npmrc, [], { node, folder: `node-script-${tag.replace(/\W+/g, '')}` });
          installs.push({ ...entry, name: `node-script (npm on ${tag})` });
        });
      }
      if (byName.has('node-script')) await nodeScriptChecks(node, byName.get('node-script').project, tag);
      if (byName.has('express')) await serverChecks(browser, node, 'express', byName.get('express').project, tag);
      if (byName.has('fastify')) await serverChecks(browser, node, 'fastify', byName.get('fastify').project, tag);
      if (byName.has('html-vite')) await htmlViteChecks(browser, node, byName.get('html-vite').project, tag);
      if (byName.has('react')) await reactChecks(browser, node, byName.get('react').project, tag);
      timings.push(`${tag} builds and checks: ${seconds(performance.now() - phase)}`);
    }

    console.log('\nConsumer projects (npm install from the local registry, shared npm cache)');
    console.log('  project                       install   node_modules  packages  page JS (min+gzip)  same page, govuk-frontend JS');
    for (const entry of installs.filter(Boolean)) {
      const dist = join(entry.project, 'dist');
      const browserBuilt = ['html-vite', 'react'].includes(entry.name) && existsSync(join(dist, 'govuk.html'));
      const ours = browserBuilt
        ? kib(pageJavaScript(dist, 'index.html'))
        : entry.name.startsWith('node-script')
          ? '(no page)'
          : 'none (no script)';
      const theirs = browserBuilt ? kib(pageJavaScript(dist, 'govuk.html')) : '-';
      console.log(
        `  ${entry.name.padEnd(28)}  ${seconds(entry.took).padStart(7)}  ${`${(entry.size / 1024 / 1024).toFixed(1)} MiB`.padStart(12)}  ${String(entry.packages).padStart(8)}  ${ours.padStart(18)}  ${theirs.padStart(28)}`,
      );
      for (const warning of entry.warnings) console.log(`      npm warn ${warning}`);
    }
    console.log('  (servers render GOV.UK markup with no script; page JS is what Vite built for the page, its module script and preloads)');
  } finally {
    await browser?.close();
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nTimes: ${timings.join('; ')}; total ${seconds(performance.now() - started)}`);
}

try {
  await main();
} catch (error) {
  record('consumer tests could run', error);
}
mkdirSync(join(root, '.test-results'), { recursive: true });
writeFileSync(join(root, '.test-results', 'consumers.json'), JSON.stringify(results, null, 2));
console.log(`Consumer tests: ${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed > 0 ? 1 : 0;
