// A real service for the end-to-end tests: the journey handler on a loopback port, over a PGlite store,
// with govuk-frontend's CSS and the <civic-journey> bundle (built from source with esbuild), all under a
// strict Content Security Policy with Trusted Types.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { createStore, type Store } from '@civicbricks/storage';
import { createJourney } from '@civicbricks/registration';
import { createJourneyHandler, type JourneyHandlerOptions } from '@civicbricks/registration-elements/server';
import { strictPolicy } from './csp.js';
import { councilStylesheetPath } from '../../scripts/lib/govuk-css.mjs';

const packageRoot = join(import.meta.dirname, '..', '..', 'packages', 'registration-elements');
const require = createRequire(import.meta.url);

let bundle: Promise<string> | undefined;

/** `<civic-journey>` and the elements, bundled for the browser from source once per run. */
export function clientBundle(): Promise<string> {
  bundle ??= (async () => {
    const outdir = join(packageRoot, 'node_modules/.cache');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, 'journey-under-test.js');
    await build({
      entryPoints: [join(packageRoot, 'src/define.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      logLevel: 'error',
    });
    return readFileSync(outfile, 'utf8');
  })();
  return bundle;
}

export interface JourneyServer {
  readonly url: string;
  readonly store: Store;
  readonly resumeLinks: string[];
  close(): Promise<void>;
}

export async function startJourneyServer(
  definition: unknown,
  options: Partial<Omit<JourneyHandlerOptions, 'journey' | 'store'>> & {
    readonly script?: boolean;
    /** PGlite (the embedded default) unless a test is not about storage: the memory store starts in no time. */
    readonly adapter?: 'memory' | 'pglite';
  } = {},
): Promise<JourneyServer> {
  const store = await createStore({ adapter: options.adapter ?? 'pglite' });
  // As a council serves it: govuk-frontend built with the council font stack, so no page asks for GDS Transport.
  const css = readFileSync(councilStylesheetPath());
  const govukAssets = join(require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), '..', 'assets');
  const theme = readFileSync(join(packageRoot, '..', 'elements', 'theme', 'council-theme.css'));
  const script = options.script === false ? '' : await clientBundle();
  const resumeLinks: string[] = [];
  const { script: _script, adapter: _adapter, ...handlerOptions } = options;
  // Listening first, so the handler can be given the address its resume links use.
  const server: Server = createServer((request, response) => serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const handler = createJourneyHandler({
    journey: createJourney(definition),
    store,
    secret: 'a test secret that is at least thirty-two bytes long',
    basePath: '/journey/',
    organisationName: 'Anytown Council',
    stylesheets: ['/assets/govuk-frontend.css', '/assets/council-theme.css'],
    scripts: options.script === false ? [] : ['/assets/journey.js'],
    saveAndReturn: true,
    secureCookie: false,
    onResumeLink: (link) => {
      resumeLinks.push(link.url);
    },
    publicUrl: url,
    ...handlerOptions,
  });
  function serve(request: IncomingMessage, response: ServerResponse) {
    // The blank page is the tests' own, for running axe on a copy of a page: it is the one page without the policy.
    if (request.url !== '/assets/blank.html') response.setHeader('Content-Security-Policy', strictPolicy);
    if (request.url === '/assets/govuk-frontend.css') {
      response.writeHead(200, { 'Content-Type': 'text/css' }).end(css);
      return;
    }
    if (request.url === '/assets/council-theme.css') {
      response.writeHead(200, { 'Content-Type': 'text/css' }).end(theme);
      return;
    }
    if (request.url === '/assets/journey.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    // Images only: a request for a font would 404 and fail the tests' console checks.
    const asset = /^\/assets\/(images\/[\w.-]+)$/.exec(request.url ?? '')?.[1];
    if (asset && existsSync(join(govukAssets, asset))) {
      response.writeHead(200, { 'Content-Type': asset.endsWith('.svg') ? 'image/svg+xml' : 'image/png' });
      response.end(readFileSync(join(govukAssets, asset)));
      return;
    }
    if (request.url === '/assets/blank.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html lang="en"><title>blank</title></html>');
      return;
    }
    void handler(request, response);
  }
  return {
    url,
    store,
    resumeLinks,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
