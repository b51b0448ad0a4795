// Browser tests for element packages: real headless Chromium (Debian's), driven by Playwright.
// Why this runner: docs/decisions/0002-browser-test-runner.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { build } from 'esbuild';
import { chromiumArgs } from './scripts/lib/chromium-args.mjs';
import { councilStylesheetPath } from './scripts/lib/govuk-css.mjs';
import { chromiumHelp, findChromium, root } from './scripts/lib/run.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(chromiumHelp);
  process.exit(1);
}

/** Reads an element's computed role, accessible name and description from Chromium's accessibility tree. */
async function accessibleProperties(session, { selector }) {
  const page = session.browser.getPage(session.id);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: documentNode.nodeId, selector });
    if (!nodeId) throw new Error(`No element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0];
    return {
      role: node?.role?.value ?? null,
      name: node?.name?.value ?? '',
      description: node?.description?.value ?? '',
      ignored: node?.ignored ?? true,
    };
  } finally {
    await cdp.detach();
  }
}

// The server render functions run in Node, as a service would run them; bundled once per run from source.
// The promise is kept (not the module) so test files asking at the same moment share one build.
let serverModule;
const serverEntries = [
  'packages/elements/src/server.ts',
  'packages/payments-elements/src/server/index.ts',
  'packages/cases-elements/src/server/index.ts',
];
function loadServerModule() {
  serverModule ??= (async () => {
    const outdir = join(root, 'packages/elements/node_modules/.cache');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, 'server-under-test.mjs');
    await build({
      // Every element package's server functions in one module, so `serverRender` finds `render<Component>` in any.
      stdin: {
        contents: serverEntries.map((entry) => `export * from './${entry}';`).join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit-labs/*', 'zod', 'zod/*'],
      logLevel: 'error',
    });
    return import(`${outfile}?${Date.now()}`);
  })();
  return serverModule;
}

async function serverRender({ component, options, context }) {
  const render = (await loadServerModule())[`render${component}`];
  if (typeof render !== 'function') throw new Error(`No server render function render${component}`);
  return render(options, context);
}

const commandsPlugin = {
  name: 'civic-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'accessible-properties') return accessibleProperties(session, payload);
    if (command === 'server-render') return serverRender(payload);
    return undefined;
  },
};

/** Writes the run's totals for scripts/test.mjs, which prints one closing line for every runner. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure, not as nothing.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults)) failed += 1;
      }
      mkdirSync(join(root, '.test-results'), { recursive: true });
      writeFileSync(join(root, '.test-results/browser.json'), JSON.stringify({ passed, failed, skipped }));
    },
  };
}

// Tests see the components as users do: with govuk-frontend's stylesheet (visually hidden text, focus styles),
// as a council links it, with the council font stack, so no test page asks for the GDS Transport fonts.
const councilStylesheet = `/${relative(root, councilStylesheetPath()).split(sep).join('/')}`;
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="${councilStylesheet}" />
  </head>
  <body class="govuk-template__body govuk-frontend-supported">
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export default {
  testRunnerHtml,
  rootDir: root,
  files: ['packages/*/test/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  // Limits for a hung test or file, not speed checks: the suite must pass on a busy two-core machine.
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }), commandsPlugin],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter()],
};
