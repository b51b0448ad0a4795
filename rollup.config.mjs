// One build for every published package: each `exports` entry that has a `source`
// condition becomes an ES module in dist/ plus one bundled .d.ts beside it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import json from '@rollup/plugin-json';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const root = new URL('.', import.meta.url).pathname;
const only = process.env.CIVIC_BUILD_ONLY?.split(',').filter(Boolean);

function packages() {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .map((name) => ({ dir: join(dir, name), manifest: JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private && (!only || only.includes(manifest.name)));
}

function entries(dir, manifest) {
  const listed = Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target.source)
    .map(([, target]) => ({ source: target.source, out: target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '') }));
  // Element packages also publish one entry per component (`./components/<name>`), so a page that
  // uses one control ships only that control: Lit's decorators keep every class in a shared module alive.
  const components = join(dir, 'src/components');
  const perComponent =
    manifest.exports?.['./components/*'] && existsSync(components)
      ? readdirSync(components)
          .filter((name) => existsSync(join(components, name, `${name}.ts`)))
          .map((name) => ({ source: `./src/components/${name}/${name}.ts`, out: `components/${name}` }))
      : [];
  return [...listed, ...perComponent];
}

function isExternal(manifest) {
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  return (id) => builtins.has(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

const configs = [];
for (const { dir, manifest } of packages()) {
  const input = Object.fromEntries(entries(dir, manifest).map(({ source, out }) => [out, join(dir, source)]));
  if (Object.keys(input).length === 0) continue;
  const external = isExternal(manifest);
  configs.push({
    input,
    external,
    plugins: [json({ preferConst: true }), esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') })],
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  });
  configs.push({
    input,
    external,
    // Under pnpm, following symlinks keeps Lit's types intact instead of turning them into `any`.
    plugins: [
      dts({
        tsconfig: join(root, 'tsconfig.base.json'),
        compilerOptions: { preserveSymlinks: false, customConditions: [] },
        respectExternal: false,
      }),
    ],
    output: { dir: join(dir, 'dist'), format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
  });
}

export default configs;
