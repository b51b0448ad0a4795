// Size benchmark: bundles each public entry of our packages (minified, as a browser app would ship it,
// dependencies included) and the peers named in docs/architecture.md ("Performance budgets"), in the same run, and prints
// raw, gzip and brotli sizes side by side. Run `npm run build` first (npm test and npm start do).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './lib/run.mjs';

const benchDir = join(root, 'scripts/bench');

/** Our entries: every browser export of every public package, plus "one control defined" for comparison with peers. */
function ourCases() {
  const cases = [];
  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || !target.default || subpath.includes('*')) continue;
      // Node only: not shipped to browsers.
      if (subpath === './server' || manifest.civicbricks?.runtime === 'node' || manifest.civicbricks?.nodeOnlyExports?.includes(subpath))
        continue;
      const file = join(dir, target.default);
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
      const contents = subpath === './define' ? `import ${JSON.stringify(file)};` : `export * from ${JSON.stringify(file)};`;
      cases.push({ group: 'ours', name: `${manifest.name}${subpath === '.' ? '' : subpath.slice(1)} (whole entry)`, contents });
    }
  }
  const elements = join(root, 'packages/elements/dist');
  cases.push({
    group: 'ours',
    name: 'civic-text-input (one control defined)',
    contents: `import { CivicTextInput } from ${JSON.stringify(join(elements, 'components/text-input.js'))};
      import { defineElement } from ${JSON.stringify(join(elements, 'define-element.js'))};
      defineElement('civic-text-input', CivicTextInput);`,
  });
  const component = (name) => JSON.stringify(join(elements, `components/${name}.js`));
  const formParts = ['error-summary', 'text-input', 'radios', 'checkboxes', 'date-input', 'button'];
  cases.push({
    group: 'ours',
    name: 'realistic form (6 controls defined)',
    contents: `import { defineElement } from ${JSON.stringify(join(elements, 'define-element.js'))};
      ${formParts.map((name, index) => `import * as c${index} from ${component(name)};`).join('\n')}
      ${formParts.map((name, index) => `for (const value of Object.values(c${index})) if (typeof value === 'function' && value.prototype instanceof HTMLElement) defineElement('civic-${name}', value);`).join('\n')}`,
  });
  const core = join(root, 'packages/core/dist/index.js');
  cases.push({
    group: 'ours',
    name: 'core: addWorkingDays + bank holidays',
    contents: `export { addWorkingDays } from ${JSON.stringify(core)};`,
  });
  // The lean workflow engine's whole entry is measured above (createMachine with its hand-written checks,
  // and the functions that run a machine); this row is the running part alone, for the breakdown.
  const workflowEngine = join(root, 'packages/workflow/dist/engine.js');
  cases.push({
    group: 'ours',
    name: 'workflow engine: running a machine only (no createMachine)',
    contents: `export { start, transition, allowedEvents, fireDueTimers } from ${JSON.stringify(workflowEngine)};`,
  });
  return cases;
}

const tenFields = (z, mini) =>
  Array.from(
    { length: 10 },
    (_, i) => `f${i}: ${i % 2 ? `z.number()${mini ? '' : '.int().min(0)'}` : `z.string()${mini ? '.check(z.minLength(1))' : '.min(1)'}`}`,
  ).join(', ');

const peerCases = [
  { group: 'peer', name: 'lit alone (LitElement + html)', contents: `export { LitElement, html } from 'lit';` },
  {
    group: 'peer',
    name: 'lit as one control uses it (+ property, live, ifDefined)',
    contents: `export { LitElement, html, nothing } from 'lit'; export { property } from 'lit/decorators.js';
      export { live } from 'lit/directives/live.js'; export { ifDefined } from 'lit/directives/if-defined.js';`,
  },
  {
    group: 'peer',
    name: 'Shoelace <sl-input> (one control defined)',
    contents: `import '@shoelace-style/shoelace/dist/components/input/input.js';`,
  },
  { group: 'peer', name: 'Lion <lion-input> (one control defined)', contents: `import '@lion/ui/define/lion-input.js';` },
  {
    group: 'peer',
    name: 'Shoelace form (input, radio group, checkbox, button)',
    contents: ['input', 'radio-group', 'radio', 'checkbox', 'button']
      .map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`)
      .join('\n'),
  },
  {
    group: 'peer',
    name: 'Lion form (input, radio group, checkbox group, date, button)',
    contents: [
      'lion-input',
      'lion-radio-group',
      'lion-radio',
      'lion-checkbox-group',
      'lion-checkbox',
      'lion-input-date',
      'lion-button-submit',
    ]
      .map((name) => `import '@lion/ui/define/${name}.js';`)
      .join('\n'),
  },
  { group: 'peer', name: 'govuk-frontend JavaScript (initAll)', contents: `import { initAll } from 'govuk-frontend'; initAll();` },
  { group: 'peer', name: 'XState (createMachine + createActor)', contents: `export { createMachine, createActor } from 'xstate';` },
  {
    group: 'peer',
    name: 'zod classic, 10-field schema',
    contents: `import * as z from 'zod'; export const s = z.object({ ${tenFields('z', false)} });`,
  },
  {
    group: 'peer',
    name: 'zod/mini, 10-field schema',
    contents: `import * as z from 'zod/mini'; export const s = z.object({ ${tenFields('z', true)} });`,
  },
];

async function measure({ contents }) {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [];
for (const entry of [...ourCases(), ...peerCases]) rows.push({ ...entry, ...(await measure(entry)) });

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'bundle'.padEnd(width)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(10)}  ${'min+brotli'.padStart(10)}`);
for (const group of ['ours', 'peer']) {
  console.log(group === 'ours' ? '-- Civic Bricks' : '-- peers, bundled in the same run');
  for (const row of rows.filter((candidate) => candidate.group === group)) {
    console.log(`${row.name.padEnd(width)}  ${kib(row.raw).padStart(10)}  ${kib(row.gzip).padStart(10)}  ${kib(row.brotli).padStart(10)}`);
  }
}

// Issue #4: one control beyond Lit, against Lit's core alone and against all of Lit the control imports.
const controlRow = rows.find((row) => row.name.startsWith('civic-text-input (one control'));
for (const litRow of rows.filter((row) => row.name.startsWith('lit '))) {
  if (!controlRow) break;
  console.log(`\ncivic-text-input is ${kib(controlRow.gzip - litRow.gzip)} min+gzip beyond ${litRow.name}; issue #4 asks for under 3 KiB`);
}

// Issue #5: the workflow engine a browser ships to run transitions beside XState's createMachine + createActor.
const engineRow = rows.find((row) => row.name === '@civicbricks/workflow/engine (whole entry)');
const xstateRow = rows.find((row) => row.name.startsWith('XState'));
if (engineRow && xstateRow) {
  console.log(
    `\n@civicbricks/workflow/engine (whole entry) is ${((100 * engineRow.gzip) / xstateRow.gzip).toFixed(0)}% of XState, min+gzip; issue #5 asks for under 33%`,
  );
}
