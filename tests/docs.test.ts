// Docs that run: every ```ts and ```js block in the READMEs and the guides is type-checked against the
// workspace sources, and run, as a council developer would paste it into a file of their own. A block that
// is only part of a program (it uses a `request` or an `app` from around it) is marked with a
// `<!-- fragment -->` line before it; one that needs what a test has not got (a GOV.UK Notify key, a
// PostgreSQL server, a server left listening) with `<!-- compile-only -->`: see CONTRIBUTING.md.
// One TypeScript program checks every block; esbuild bundles each block that runs. Blocks that start PGlite
// run only with DOCS_PGLITE=1 (`npm run check:docs`), to keep this file well under 30 s.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// Under the root's node_modules, so a block's imports resolve from the root as a consumer's would,
// and out of every tsconfig's reach.
const work = join(root, 'node_modules', '.cache', 'civicbricks', `docs-${process.pid}`);

type Mode = 'run' | 'compile-only';

interface Block {
  /** The markdown file, from the root. */
  readonly file: string;
  /** The line of the block's first line of code, in the markdown file. */
  readonly line: number;
  readonly lang: 'ts' | 'js';
  readonly code: string;
  readonly mode: Mode;
  /** Where the block is written to be checked and bundled. */
  readonly path: string;
}

const MARKERS: Record<string, Mode | 'fragment'> = {
  '<!-- fragment -->': 'fragment',
  '<!-- compile-only -->': 'compile-only',
};

function markdownFiles(): string[] {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => join('packages', name, 'README.md'))
    .filter((file) => existsSync(join(root, file)));
  const guides = readdirSync(join(root, 'docs', 'guides'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', 'guides', name));
  return ['README.md', ...packages, ...guides];
}

/** The code blocks of one markdown file, with the mode the line before each gives it. */
function extractBlocks(file: string, text: string): Omit<Block, 'path'>[] {
  const lines = text.split('\n');
  const blocks: Omit<Block, 'path'>[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^```(\w*)\s*$/.exec(lines[index] ?? '');
    if (!fence) continue;
    const end = lines.findIndex((line, at) => at > index && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`${file}:${index + 1}: a code block is never closed`);
    const lang = fence[1] === 'ts' || fence[1] === 'typescript' ? 'ts' : fence[1] === 'js' || fence[1] === 'javascript' ? 'js' : undefined;
    let before = index - 1;
    while (before >= 0 && lines[before]?.trim() === '') before -= 1;
    const marker = MARKERS[lines[before]?.trim() ?? ''];
    if (lang && marker !== 'fragment') {
      blocks.push({ file, line: index + 2, lang, code: lines.slice(index + 1, end).join('\n'), mode: marker ?? 'run' });
    }
    index = end;
  }
  return blocks;
}

const blocks: Block[] = markdownFiles().flatMap((file) =>
  extractBlocks(file, readFileSync(join(root, file), 'utf8')).map((block) => ({
    ...block,
    path: join(work, `${file.replace(/\.md$/, '').replace(/[^\w]+/g, '-')}-L${block.line}.${block.lang === 'ts' ? 'ts' : 'mjs'}`),
  })),
);
const name = (block: Block) => `${block.file}:${block.line}`;

/** Type errors per block file, from one program over all of them. */
const typeErrors = new Map<string, string[]>();
/** The bundled block, ready for `node`, or why it could not be bundled, per block file. */
const bundles = new Map<string, { readonly outfile: string } | { readonly error: string }>();

/**
 * Bundles workspace packages from source (the `source` condition) and leaves every other package to Node,
 * at the absolute path the workspace resolves it to, so a bundle runs from any folder.
 */
const thirdPartyExternal: Plugin = {
  name: 'third-party-external',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@civicbricks/') || args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
      const resolved = await esbuild.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0 || !resolved.path) return undefined;
      return { path: resolved.path, external: true };
    });
  },
};

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Each block is a module of its own: top-level await works and names do not clash between blocks.
  for (const block of blocks) writeFileSync(block.path, `${block.code}\nexport {};\n`);

  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    blocks.map((block) => block.path),
    { ...options, noEmit: true, allowJs: true, checkJs: false },
  );
  for (const block of blocks) {
    const source = program.getSourceFile(block.path);
    const diagnostics = source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    typeErrors.set(
      block.path,
      diagnostics.map((diagnostic) => {
        const at = diagnostic.start === undefined ? undefined : source?.getLineAndCharacterOfPosition(diagnostic.start);
        return `${block.file}:${at ? block.line + at.line : block.line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  }

  // One build per block, side by side, so a block that does not bundle fails its own test only.
  await Promise.all(
    blocks
      .filter((block) => block.mode === 'run')
      .map(async (block) => {
        const outfile = join(work, 'out', `${basename(block.path).replace(/\.\w+$/, '')}.mjs`);
        try {
          await build({
            entryPoints: [block.path],
            outfile,
            bundle: true,
            platform: 'node',
            format: 'esm',
            target: 'node20',
            conditions: ['source'],
            plugins: [thirdPartyExternal],
            // A bundled CommonJS dependency still asks for `require`.
            banner: {
              js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
            },
            logLevel: 'silent',
          });
          bundles.set(block.path, { outfile });
        } catch (error) {
          bundles.set(block.path, { error: error instanceof Error ? error.message : String(error) });
        }
      }),
  );
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs a bundled block with node in an empty folder of its own (a block may make `./data`). */
function runBundle(bundle: string): Promise<{ status: number | null; output: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'civic-docs-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A hung block is a failure, not a stuck suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      rmSync(folder, { recursive: true, force: true });
      resolve({ status, output });
    });
  });
}

describe('code in the READMEs and guides', () => {
  it('finds the blocks, and no block is marked in a way this test does not know', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const file of markdownFiles()) {
      const unknown = readFileSync(join(root, file), 'utf8')
        .split('\n')
        .filter((line) => /^<!--\s*(fragment|compile|run)/.test(line.trim()) && !(line.trim() in MARKERS));
      expect(unknown, file).toEqual([]);
    }
  });

  for (const block of blocks) {
    it(`${name(block)} type-checks`, () => {
      // The messages in full, each at its line in the markdown file, rather than a truncated diff.
      const errors = typeErrors.get(block.path) ?? ['not type-checked'];
      if (errors.length > 0) throw new Error(errors.join('\n'));
    });
    // PGlite takes seconds to start on a busy machine: those blocks run in `npm run check:docs`.
    const startsPglite = /'pglite'|createStoreFromEnv/.test(block.code);
    if (block.mode === 'run')
      it.skipIf(startsPglite && !process.env.DOCS_PGLITE)(
        `${name(block)} runs`,
        async () => {
          const bundle = bundles.get(block.path);
          if (!bundle || 'error' in bundle) throw new Error(`${name(block)} could not be bundled: ${bundle?.error ?? 'not built'}`);
          const { status, output } = await runBundle(bundle.outfile);
          if (status !== 0) throw new Error(`${name(block)} exited with ${status ?? 'a signal'}:\n${output.slice(-4000)}`);
        },
        120_000,
      );
  }
});
